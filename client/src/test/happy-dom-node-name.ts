/**
 * happy-dom's `Node.prototype.nodeName` getter returns '' (capricorn86/happy-dom#2182). DOMPurify reads names
 * through that getter to resist DOM clobbering, so under happy-dom it drops allowed elements and keeps unsafe
 * ones. Specs that render sanitised HTML import this first: the getter answers as browsers do.
 */
const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName');
const probe = document.createElement('p');

if (descriptor?.get && descriptor.get.call(probe) === '') {
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    get(this: Node): string {
      switch (this.nodeType) {
        case Node.ELEMENT_NODE:
          return (this as Element).tagName;
        case Node.ATTRIBUTE_NODE:
          return (this as Attr).name;
        case Node.TEXT_NODE:
          return '#text';
        case Node.CDATA_SECTION_NODE:
          return '#cdata-section';
        case Node.PROCESSING_INSTRUCTION_NODE:
          return (this as ProcessingInstruction).target;
        case Node.COMMENT_NODE:
          return '#comment';
        case Node.DOCUMENT_NODE:
          return '#document';
        case Node.DOCUMENT_TYPE_NODE:
          return (this as DocumentType).name;
        case Node.DOCUMENT_FRAGMENT_NODE:
          return '#document-fragment';
        default:
          return '';
      }
    },
  });
}

export {};

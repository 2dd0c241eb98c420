/** Offers `content` as a file download, the way a link with `download` would. */
export function downloadFile(content: BlobPart, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the browser has started the download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1_000);
}

/** `2026-03-01`, for file names. */
export function isoDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

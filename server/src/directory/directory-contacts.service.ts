import { Injectable } from '@nestjs/common';
import { type ContactSearchResult } from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { type ContactFilter, DirectoryContactsRepository } from './directory-contacts.repository';
import { searchViewer } from './directory-search.service';
import { type OrganisationRef, toContact } from './service-view';

/**
 * The contacts directory: national rapporteurs, referral contact points, law-enforcement units, agencies…
 * searchable by country, role and text. A person's name, email and phones are for members only.
 */
@Injectable()
export class DirectoryContactsService {
  constructor(private readonly contacts: DirectoryContactsRepository) {}

  async find(
    viewer: AuthenticatedUser | null,
    filter: ContactFilter,
    page: number,
    pageSize: number,
  ): Promise<ContactSearchResult> {
    const who = searchViewer(viewer);
    const [result, country, role, outOfHours] = await Promise.all([
      this.contacts.search(filter, who, page, pageSize),
      this.contacts.facet(filter, who, 'country'),
      this.contacts.facet(filter, who, 'role'),
      this.contacts.facet(filter, who, 'outOfHours'),
    ]);
    const phones = await this.contacts.phonesOf(result.items.map((i) => i.contact.id));
    return {
      total: result.total,
      page,
      pageSize,
      items: result.items.map(({ contact, organisation }) =>
        toContact(
          contact,
          phones.filter((p) => p.contactId === contact.id),
          organisation as OrganisationRef | null,
          viewer !== null,
        ),
      ),
      facets: { country, role, outOfHours },
    };
  }
}

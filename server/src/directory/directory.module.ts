import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { DirectoryChangesRepository } from './directory-changes.repository';
import { DirectoryContactsRepository } from './directory-contacts.repository';
import { DirectoryContactsService } from './directory-contacts.service';
import { DirectoryController } from './directory.controller';
import { DirectoryRecordsRepository } from './directory-records.repository';
import { DirectorySearchRepository } from './directory-search.repository';
import { DirectorySearchService } from './directory-search.service';
import { DirectoryServicesService } from './directory-services.service';
import { DirectorySuggestionsRepository } from './directory-suggestions.repository';
import { DirectorySuggestionsService } from './directory-suggestions.service';

/** The EU-wide directory of victim-support services and professional contacts. */
@Module({
  imports: [OrganisationsModule, NotificationsModule],
  controllers: [DirectoryController],
  providers: [
    DirectoryRecordsRepository,
    DirectoryChangesRepository,
    DirectorySearchRepository,
    DirectoryContactsRepository,
    DirectorySuggestionsRepository,
    DirectoryServicesService,
    DirectorySearchService,
    DirectoryContactsService,
    DirectorySuggestionsService,
  ],
  exports: [DirectoryRecordsRepository, DirectoryChangesRepository, DirectoryServicesService, DirectorySearchService],
})
export class DirectoryModule {}

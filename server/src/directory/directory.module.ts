import { Module } from '@nestjs/common';
import { DirectoryRecordsRepository } from './directory-records.repository';

/** The EU-wide directory of victim-support services and professional contacts. */
@Module({
  providers: [DirectoryRecordsRepository],
  exports: [DirectoryRecordsRepository],
})
export class DirectoryModule {}

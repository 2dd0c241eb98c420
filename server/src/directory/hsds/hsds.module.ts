import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory.module';
import { HsdsExportService } from './hsds-export.service';
import { HsdsImportService } from './hsds-import.service';
import { HsdsController } from './hsds.controller';
import { HsdsRepository } from './hsds.repository';

/** Open Referral HSDS 3.0 export and import of the directory, and its CSV export. */
@Module({
  imports: [DirectoryModule],
  controllers: [HsdsController],
  providers: [HsdsRepository, HsdsExportService, HsdsImportService],
  exports: [HsdsImportService],
})
export class HsdsModule {}

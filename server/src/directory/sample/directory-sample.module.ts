import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory.module';
import { DirectorySampleRepository } from './directory-sample.repository';
import { DirectorySampleService } from './directory-sample.service';

/** Demo and benchmark data for the directory. */
@Module({
  imports: [DirectoryModule],
  providers: [DirectorySampleRepository, DirectorySampleService],
  exports: [DirectorySampleService],
})
export class DirectorySampleModule {}

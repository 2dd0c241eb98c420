import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SocketAuth } from './socket-auth';
import { SystemGateway } from './system.gateway';

@Module({
  imports: [AuthModule],
  providers: [SystemGateway, SocketAuth],
  exports: [SocketAuth],
})
export class RealtimeModule {}

import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { ZodSerializerInterceptor } from 'nestjs-zod';
import { AccessGuard } from './access/access.guard';
import { AccountModule } from './account/account.module';
import { AnnouncementsModule } from './announcements/announcements.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ChannelsModule } from './channels/channels.module';
import { loggerParams } from './common/http/logging';
import { rateLimitOptions } from './common/http/rate-limit';
import { ProblemFilter } from './common/problem/problem.filter';
import { RequestValidationPipe } from './common/problem/request-validation.pipe';
import { type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './db/database.module';
import { DirectoryModule } from './directory/directory.module';
import { HsdsModule } from './directory/hsds/hsds.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { MembershipModule } from './membership/membership.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RealtimeEmitterModule } from './realtime/realtime-emitter';
import { RealtimeModule } from './realtime/realtime.module';
import { SeedModule } from './seed/seed.module';
import { StrategyModule } from './strategy/strategy.module';
import { UserAdminModule } from './user-admin/user-admin.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule,
        ThrottlerModule.forRootAsync({
          inject: [Reflector],
          useFactory: (reflector: Reflector) => rateLimitOptions(config, reflector),
        }),
        AuditModule,
        MailModule,
        RealtimeEmitterModule,
        HealthModule,
        AuthModule,
        AccountModule,
        OrganisationsModule,
        DirectoryModule,
        HsdsModule,
        MembershipModule,
        UserAdminModule,
        StrategyModule,
        SeedModule,
        RealtimeModule,
        ChannelsModule,
        NotificationsModule,
        AnnouncementsModule,
        WebModule.register(config),
      ],
      providers: [
        { provide: APP_PIPE, useClass: RequestValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Order matters: count the request against the address's budget, then authorise it.
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}

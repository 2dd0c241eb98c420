import { Inject, Injectable, Logger } from '@nestjs/common';
import { ChannelsDemoService, type DemoAuthor } from '../channels/channels-demo.service';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { DirectorySampleService } from '../directory/sample/directory-sample.service';
import { PasswordsService } from '../auth/passwords.service';
import { TwoFactorService } from '../auth/two-factor.service';
import { MembershipRepository } from '../membership/membership.repository';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { StrategyDemoService } from '../strategy/strategy-demo.service';
import { UsersRepository } from '../users/users.repository';
import { DEMO_ACCOUNTS, DEMO_APPLICATION, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-data';

/**
 * Demo organisations, accounts for every role and a pending application, so that a newcomer can click through
 * the platform. Loaded only into an empty database, and by default only into the embedded one.
 */
@Injectable()
export class DemoService {
  private readonly logger = new Logger(DemoService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly membership: MembershipRepository,
    private readonly passwords: PasswordsService,
    private readonly twoFactor: TwoFactorService,
    private readonly directory: DirectorySampleService,
    private readonly channels: ChannelsDemoService,
    private readonly strategy: StrategyDemoService,
  ) {}

  shouldLoad(): boolean {
    if (this.config.demoData === 'auto') {
      return this.connection.driver === 'pglite' && this.config.env === 'development';
    }
    return this.config.demoData === 'on';
  }

  async loadIfEmpty(): Promise<void> {
    if (!this.shouldLoad() || (await this.users.countAll()) > 0) {
      return;
    }
    const passwordHash = await this.passwords.hashNew(DEMO_PASSWORD);
    const organisationIds = new Map<string, string>();
    for (const { key, ...profile } of DEMO_ORGANISATIONS) {
      organisationIds.set(key, (await this.organisations.insert(profile, new Date())).id);
    }
    const harbour = DEMO_ORGANISATIONS.find((o) => o.key === 'harbour')!;
    await this.directory.loadDemo({
      memberOrganisation: { id: organisationIds.get('harbour')!, name: harbour.name, website: harbour.website },
    });
    const userIds = {} as Record<DemoAuthor, string>;
    for (const account of DEMO_ACCOUNTS) {
      const user = await this.users.insert({
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        role: account.role,
        organisationId: account.organisation ? (organisationIds.get(account.organisation) ?? null) : null,
        totpSecret: account.twoFactor ? this.twoFactor.sealSecret(DEMO_TOTP_SECRET) : null,
        totpEnabledAt: account.twoFactor ? new Date() : null,
        privacyConsentAt: new Date(),
      });
      userIds[account.key] = user.id;
    }
    await this.channels.load(userIds);
    await this.strategy.load({ coordinatorId: userIds.coordinator, organisationIds });
    await this.membership.insertApplication({
      organisation: DEMO_APPLICATION.organisation,
      contactName: DEMO_APPLICATION.contactName,
      contactEmail: DEMO_APPLICATION.contactEmail,
      contactJobTitle: DEMO_APPLICATION.contactJobTitle,
      contactPasswordHash: passwordHash,
      motivation: DEMO_APPLICATION.motivation,
      privacyConsentAt: new Date(),
    });
    this.logger.log(
      `demo data loaded: ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_ACCOUNTS.length} accounts (see README, "Demo accounts")`,
    );
  }
}

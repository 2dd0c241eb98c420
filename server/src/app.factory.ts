import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { type AppSetupOptions, configureApp } from './app.setup';
import { type AppConfig } from './config/app-config';

/** Creates the whole application (not yet listening), as `npm start` runs it. */
export async function createApp(config: AppConfig, options: AppSetupOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app, config, options);
  return app;
}

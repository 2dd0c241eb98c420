export * from './errors';
export * from './events';
export * from './locales';
export * from './schemas/health';
export * from './schemas/strategy';

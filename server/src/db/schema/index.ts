export * from './accounts';
export * from './organisations';
export * from './strategy';

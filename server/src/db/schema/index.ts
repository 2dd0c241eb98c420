export * from './accounts';
export * from './directory';
export * from './organisations';
export * from './strategy';
export * from './channels';
export * from './announcements';
export * from './directory-search';

export * from './conditions';
export * from './schedule';
export * from './analysis';
export * from './verdict';
export * from './plan';
export * from './progress';
export * from './schedule-pages';

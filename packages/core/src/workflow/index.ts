export * from './actor';
export * from './incident-actions';
export * from './seal';
export * from './transitions';
export * from './assignees';
export * from './comments';
export * from './activity-feed';

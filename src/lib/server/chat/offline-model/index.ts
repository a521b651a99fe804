export { OfflineModel, decide, type OfflineModelOptions } from './offline-model.ts';
export { understand, INTENTS } from './intents.ts';
export { normalize } from './normalize.ts';

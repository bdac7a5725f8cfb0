// The outbound event schema and type, owned by core/schema (normalize engineer).
export { pinterestEventSchema } from '../schema/event-schema';
export type { PinterestEvent } from '../schema/event-schema';

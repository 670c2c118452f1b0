/**
 * The one source of Auth0 object fields: clients, client grants, organizations and organization connections
 * (field lists, types, nullability in PATCH, read-only fields, enums). The PATCH schema
 * (`../client-patch-schema.ts`), `patch-unknown-field` and `unknown-field` derive from it;
 * test/schema/auth0-sdk.test.ts checks it against the auth0 SDK's TypeScript declarations.
 */
export * from './enums';
export * from './field';
export { CLIENT_SCHEMA } from './client';
export { CLIENT_GRANT_SCHEMA } from './client-grant';
export { ORGANIZATION_CONNECTION_SCHEMA, ORGANIZATION_SCHEMA } from './organization';

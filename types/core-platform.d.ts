/**
 * The platform core/ is checked against: ECMAScript plus the web APIs that exist alike in the
 * worker, the page and Node (TextEncoder/TextDecoder, URL, web streams, atob/btoa), taken from
 * Node's typings, and the *types* of Web Crypto (core never reaches for `crypto`: callers pass
 * `crypto.subtle` in). Only tsconfig.core.json reads this file; the app's tsconfig has the DOM.
 * `document`, `window`, `self`, `indexedDB` and `navigator` stay unknown here, so a read of one
 * fails the check; Node-only globals (`process`, `Buffer`, `require`) are banned by ESLint.
 */
/// <reference types="node" />
type SubtleCrypto = import('crypto').webcrypto.SubtleCrypto;
type CryptoKey = import('crypto').webcrypto.CryptoKey;
// Node declares TextDecoder as a value only; give it its instance type as in the DOM.
type TextDecoder = InstanceType<typeof globalThis.TextDecoder>;

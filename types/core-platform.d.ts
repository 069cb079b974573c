/**
 * The few web-platform APIs core/ may use, which exist alike in the worker, the page and Node.
 * Only tsconfig.core.json reads this file (the app's tsconfig has the full DOM types). Node's
 * types arrive through dependencies' typings and declare `TextDecoder` as a value only.
 */
type NodeTextDecoder = import('util').TextDecoder;
interface TextDecoder extends NodeTextDecoder {}

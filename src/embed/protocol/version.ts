/** The message protocol's version and limits, shared by the atlas and its documentation. */

/** The protocol version every message carries as `atlas: 1`. */
export const PROTOCOL_VERSION = 1 as const;

/** Largest accepted request params, in bytes of their JSON text (about 64 KB); larger ones are refused. */
export const MAX_PARAMS_BYTES = 64 * 1024;

/** Longest method name, event name or string id looked at. */
export const MAX_NAME_LENGTH = 64;
export const MAX_ID_LENGTH = 128;

/** The error codes of an error reply, and the error a method throws to send one. */

/** Every code an error reply may carry (protocol version 1). */
export const ERROR_CODES = ['unknown-method', 'bad-params', 'not-found', 'not-ready', 'forbidden'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Thrown by a method to answer with an error reply of that code; the message is for people. */
export class EmbedError extends Error {
  /** The error reply's code. */
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'EmbedError';
    this.code = code;
  }
}

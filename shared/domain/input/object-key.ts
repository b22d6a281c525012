// S3 event notifications URL-encode object keys, with "+" for spaces (form encoding). Decoding them
// in exactly one place keeps a key with spaces or Vietnamese letters from being decoded twice or never.
import { INCOMING_PREFIX } from '#config/resources';

export class InvalidObjectKeyError extends Error {
  constructor(encodedKey: string) {
    super(`object key is not valid URL encoding: ${encodedKey}`);
    this.name = 'InvalidObjectKeyError';
  }
}

/** "+" means a space; a literal "+" arrives as %2B, so it survives the second step. */
export function decodeEventObjectKey(encodedKey: string): string {
  try {
    return decodeURIComponent(encodedKey.replace(/\+/g, ' '));
  } catch {
    throw new InvalidObjectKeyError(encodedKey);
  }
}

export function isIncomingObjectKey(key: string): boolean {
  return key.startsWith(INCOMING_PREFIX) && key.length > INCOMING_PREFIX.length;
}

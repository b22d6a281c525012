// Reading uploaded objects, in domain terms.
export interface StoredObject {
  readonly key: string;
  readonly bytes: Uint8Array;
  /** Without quotes. */
  readonly etag: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export type ReadObjectResult =
  | { readonly kind: 'found'; readonly object: StoredObject }
  /** Larger than the cap: rejected without being read into memory. */
  | {
      readonly kind: 'too-large';
      readonly etag: string;
      readonly sizeBytes: number;
      readonly maxBytes: number;
    };

export interface ObjectStore {
  /** Throws ObjectNotFoundError for a missing object, StorageUnavailableError for transient faults. */
  readObject(key: string): Promise<ReadObjectResult>;
}

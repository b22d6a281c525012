// Handing the rest of an object over to a later invocation: the ingest function sends its message to the
// ingest queue again when the invocation's time runs out before every unit of the object is done.
export interface ContinuationQueue {
  /**
   * Queues the message body again, `continuation` counting the hand-overs so far (1 for the first).
   * Throws StorageUnavailableError when the queue cannot be reached; the message then fails and is
   * redelivered as usual.
   */
  continueLater(body: string, continuation: number): Promise<void>;
}

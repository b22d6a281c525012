// Reading a string's code units in the cleaner's hot loops.
//
// V8 keeps an inline cache per call site of `text.charCodeAt(i)`, keyed by the string's hidden class, and
// strings come in a dozen classes: one- or two-byte, flat, sliced out of a page, concatenated,
// internalised. A loop that has met more than four of them goes megamorphic, and every character read
// then becomes a generic property look-up and call: six times slower, for the rest of the process (a
// process that had cleaned pages of many shapes folded and measured text at half its speed). Called
// through the function itself, the read compiles to a plain character load whatever the class.
const CHAR_CODE_AT = String.prototype.charCodeAt;

/** `text.charCodeAt(index)`, at the same speed for strings of every representation. */
export function codeUnitAt(text: string, index: number): number {
  return CHAR_CODE_AT.call(text, index);
}

// A set of words as a table-driven automaton, so that a word can be looked up while its characters are
// read, without cutting it out of the line, lower-casing it and hashing it. Segmentation looks up
// every word of every page in the stop-word list; that was most of its time.

/** The state no word continues from: every unknown character leads here, and it never accepts. */
export const NO_WORD = 0;

// State numbers while the trie is built; the finished automaton names states by row offset.
const WORD_START = 1;
// Code units lower-cased from a table (most text); others are lower-cased on the spot.
const LOWER_TABLE_SIZE = 0x2070;

export class WordSetAutomaton {
  /** Alphabet index of each lower-case code unit of the words; 0 for units no word holds. */
  private readonly letterOfUnit = new Map<number, number>();
  /** Alphabet index of the lower-cased form of each code unit below LOWER_TABLE_SIZE, when one unit. */
  readonly letterOfCode = new Int32Array(LOWER_TABLE_SIZE);
  readonly alphabetSize: number;
  /**
   * States are their row offsets (state number × alphabetSize), as in LiteralScanner: the next state for
   * (state + letter) is one read, with no multiplication in the chain of reads along a word.
   */
  readonly transitions: Int32Array;
  /** 1 at a state that ends a word of the set (indexed by state, like `transitions`). */
  readonly accepting: Uint8Array;
  /** The state before a word's first character. */
  readonly start: number;

  /** `words` in lower case, as `toLowerCase` gives them. */
  constructor(words: Iterable<string>) {
    let letters = 1;
    const rows: Map<number, number>[] = [new Map(), new Map()];
    const acceptingStates = new Set<number>();
    for (const word of words) {
      // Greek capital sigma lower-cases by context (σ or final ς); looked up one character at a time
      // it would not, so a list with either letter is refused rather than matched wrongly.
      if (/[σς]/.test(word)) throw new Error(`cannot look up words with a Greek sigma: ${word}`);
      let state = WORD_START;
      for (let index = 0; index < word.length; index++) {
        const unit = word.charCodeAt(index);
        let letter = this.letterOfUnit.get(unit);
        if (letter === undefined) this.letterOfUnit.set(unit, (letter = letters++));
        let next = rows[state]!.get(letter);
        if (next === undefined) {
          next = rows.length;
          rows.push(new Map());
          rows[state]!.set(letter, next);
        }
        state = next;
      }
      acceptingStates.add(state);
    }
    this.alphabetSize = letters;
    this.start = WORD_START * letters;
    this.transitions = new Int32Array(rows.length * letters);
    rows.forEach((row, state) => {
      for (const [letter, next] of row) this.transitions[state * letters + letter] = next * letters;
    });
    this.accepting = new Uint8Array(rows.length * letters);
    for (const state of acceptingStates) this.accepting[state * letters] = 1;
    for (let code = 0; code < LOWER_TABLE_SIZE; code++) {
      const lower = String.fromCharCode(code).toLowerCase();
      this.letterOfCode[code] = lower.length === 1 ? (this.letterOfUnit.get(lower.charCodeAt(0)) ?? 0) : -1;
    }
  }

  /** The state after reading `codePoint` (lower-cased) from `state`. */
  step(state: number, codePoint: number): number {
    if (codePoint < LOWER_TABLE_SIZE) {
      const letter = this.letterOfCode[codePoint]!;
      if (letter >= 0) return this.transitions[state + letter]!;
    }
    // Lower-casing may give several code units (İ → i̇): each is read in turn.
    const lower = String.fromCodePoint(codePoint).toLowerCase();
    for (let index = 0; index < lower.length && state !== NO_WORD; index++) {
      const letter = this.letterOfUnit.get(lower.charCodeAt(index)) ?? 0;
      state = this.transitions[state + letter]!;
    }
    return state;
  }
}

const automata = new WeakMap<ReadonlySet<string>, WordSetAutomaton>();

/** The automaton of a word set, built once per set. */
export function wordSetAutomaton(words: ReadonlySet<string>): WordSetAutomaton {
  let automaton = automata.get(words);
  if (!automaton) automata.set(words, (automaton = new WordSetAutomaton(words)));
  return automaton;
}

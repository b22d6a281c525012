// Finds which of many literal strings occur in a text, in one pass over it (Aho–Corasick, compiled to
// a table: one array read per character). The cleaner asks this of every line, to learn which widget
// patterns can possibly match it before running any regular expression.
import { findRequiredLiterals } from './required-literals.ts';
import { codeUnitAt } from './code-units.ts';

const BITS_PER_WORD = 32;

/**
 * Groups found in a text: bit g % 32 of word ⌊g / 32⌋ is set when group g was found. A plain array:
 * one is made per line scanned, and a typed array costs several times more to create.
 */
export type GroupSet = number[];

/** Whether group `group` is in the set. */
export function hasGroup(groups: GroupSet, group: number): boolean {
  return (groups[group >>> 5]! & (1 << (group & 31))) !== 0;
}

/** Whether the two sets share a group. */
export function intersects(groups: GroupSet, mask: GroupSet): boolean {
  for (let word = 0; word < groups.length; word++) if (groups[word]! & mask[word]!) return true;
  return false;
}

/** Whether the set is empty. */
export function isEmptyGroupSet(groups: GroupSet): boolean {
  for (let word = 0; word < groups.length; word++) if (groups[word] !== 0) return false;
  return true;
}

export class LiteralScanner {
  /** Alphabet index of each ASCII code; other characters are looked up in `otherAlphabet`. */
  private readonly asciiAlphabet = new Int32Array(128);
  private readonly otherAlphabet = new Map<number, number>();
  private readonly alphabetSize: number;
  /**
   * The next state's row offset (state × alphabetSize) for (row offset + letter); letter 0 is every
   * character no literal holds. States are kept as row offsets, so that the scan's chain of reads,
   * one per character, has no multiplication in it.
   */
  private readonly transitions: Int32Array;
  /** At each state's row offset: 1 when any literal ends at the state (shorter ones ending there too). */
  private readonly hasOutputAt: Uint8Array;
  /** Groups whose literals end at each state: `words` ints per state. */
  private readonly outputs: Int32Array;
  /** Ints in a GroupSet. */
  readonly words: number;

  /** `groups[g]` are the literals of group g; `scan` reports g when one of them occurs. */
  constructor(groups: readonly (readonly string[])[]) {
    const words = Math.max(1, Math.ceil(groups.length / BITS_PER_WORD));
    this.words = words;
    let letters = 1;
    const letterOf = (code: number): number => {
      if (code < 128) return this.asciiAlphabet[code] || (this.asciiAlphabet[code] = letters++);
      let letter = this.otherAlphabet.get(code);
      if (letter === undefined) this.otherAlphabet.set(code, (letter = letters++));
      return letter;
    };
    // The trie, with sparse children while it grows.
    const children: Map<number, number>[] = [new Map()];
    const trieOutputs: number[][] = [[]];
    groups.forEach((literals, group) => {
      for (const literal of literals) {
        if (literal === '') throw new Error('an empty literal would occur in every text');
        let state = 0;
        for (let index = 0; index < literal.length; index++) {
          const letter = letterOf(literal.charCodeAt(index));
          let next = children[state]!.get(letter);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            trieOutputs.push([]);
            children[state]!.set(letter, next);
          }
          state = next;
        }
        trieOutputs[state]!.push(group);
      }
    });
    this.alphabetSize = letters;
    const stateCount = children.length;
    this.transitions = new Int32Array(stateCount * letters);
    this.outputs = new Int32Array(stateCount * words);
    trieOutputs.forEach((found, state) => {
      for (const group of found) this.outputs[state * words + (group >>> 5)]! |= 1 << (group & 31);
    });
    // Breadth-first: each state's failure state is shallower, so its row is complete when needed.
    const failure = new Int32Array(stateCount);
    const queue: number[] = [];
    for (const [letter, child] of children[0]!) {
      this.transitions[letter] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const fallback = failure[state]!;
      for (let word = 0; word < words; word++)
        this.outputs[state * words + word]! |= this.outputs[fallback * words + word]!;
      // A state moves like its failure state except on its own children: copy that row, then the children.
      this.transitions.copyWithin(state * letters, fallback * letters, (fallback + 1) * letters);
      for (const [letter, child] of children[state]!) {
        failure[child] = this.transitions[fallback * letters + letter]!;
        this.transitions[state * letters + letter] = child;
        queue.push(child);
      }
    }
    this.hasOutputAt = new Uint8Array(stateCount * letters);
    for (let state = 0; state < stateCount; state++)
      for (let word = 0; word < words; word++)
        if (this.outputs[state * words + word]) this.hasOutputAt[state * letters] = 1;
    for (let entry = 0; entry < this.transitions.length; entry++) this.transitions[entry]! *= letters;
  }

  /** The groups with a literal occurring in `text`. */
  scan(text: string): GroupSet {
    const { asciiAlphabet, otherAlphabet, alphabetSize, transitions, hasOutputAt, outputs, words } = this;
    const found = new Array<number>(words).fill(0);
    const length = text.length;
    let row = 0;
    for (let index = 0; index < length; index++) {
      const code = codeUnitAt(text, index);
      const letter = code < 128 ? asciiAlphabet[code]! : (otherAlphabet.get(code) ?? 0);
      row = transitions[row + letter]!;
      if (hasOutputAt[row]) {
        const first = (row / alphabetSize) * words;
        for (let word = 0; word < words; word++) found[word] = found[word]! | outputs[first + word]!;
      }
    }
    return found;
  }
}

/**
 * Which regular expressions can possibly match a text: a pattern can only match where one of its
 * required literals (findRequiredLiterals) occurs, so a pattern none of whose literals is in the text is
 * ruled out without running it. A pattern that requires no literal is always a candidate.
 */
export class PatternPrefilter {
  private readonly scanner: LiteralScanner;
  private readonly alwaysCandidates: GroupSet;

  constructor(patterns: readonly RegExp[]) {
    const literals = patterns.map((pattern) => findRequiredLiterals(pattern));
    this.scanner = new LiteralScanner(literals.map((required) => [...(required ?? [])]));
    this.alwaysCandidates = this.groupSet(literals.flatMap((required, index) => (required ? [] : [index])));
  }

  /** A set of the given pattern indices, for `intersects`. */
  groupSet(indices: Iterable<number>): GroupSet {
    const set = new Array<number>(this.scanner.words).fill(0);
    for (const index of indices) set[index >>> 5] = set[index >>> 5]! | (1 << (index & 31));
    return set;
  }

  /** Indices of the patterns that may match `text` (hasGroup): every one that does is among them. */
  candidates(text: string): GroupSet {
    const found = this.scanner.scan(text);
    for (let word = 0; word < found.length; word++) found[word] = found[word]! | this.alwaysCandidates[word]!;
    return found;
  }
}

// Which literal strings every match of a regular expression must contain: one of them occurs in any
// text the expression matches. A cheap multi-string scan for those literals then rules most lines out
// before the expression runs (the technique of RE2's prefilter and of code search's trigram index).
//
// The analysis reads the expression's source and understands the syntax the cleaner's vocabularies
// use: literals, escapes, classes, groups, alternation, quantifiers, anchors and \b. It is
// conservative: whatever it cannot vouch for (a flag that changes matching, a construct it does not
// know) yields `null`, meaning "no literal is required", and the caller must then always run the
// expression. A wrong answer would silently drop matches, so every step keeps the invariant: each
// string the sub-expression can match contains one of the returned literals.

/** Past this many alternatives a set of exact strings is turned into required literals. */
const MAX_EXACT_STRINGS = 16;
/** Character classes up to this size are enumerated (`[cf]`, `[-+]`); larger ones match "anything". */
const MAX_CLASS_SIZE = 8;

/**
 * What is known of the strings a sub-expression matches: either all of them, exactly (a small finite
 * set), or a set of literals one of which each of them contains; `null` required means nothing is known.
 */
interface Knowledge {
  readonly exact: ReadonlySet<string> | null;
  readonly required: ReadonlySet<string> | null;
}

const NOTHING_KNOWN: Knowledge = { exact: null, required: null };
const EMPTY_ONLY: Knowledge = { exact: new Set(['']), required: null };

class UnsupportedSyntax extends Error {}

/**
 * Required literals of exact strings: none if the empty string is among them; a string that holds
 * another of them adds nothing ("binh luan cua ban" holds "binh luan"), so only the others are kept.
 */
function requiredOfExact(exact: ReadonlySet<string>): ReadonlySet<string> | null {
  if (exact.has('')) return null;
  const strings = [...exact];
  return new Set(strings.filter((text) => !strings.some((other) => other !== text && text.includes(other))));
}

function requiredOf(knowledge: Knowledge): ReadonlySet<string> | null {
  return knowledge.exact ? requiredOfExact(knowledge.exact) : knowledge.required;
}

/** The more selective of two literal sets: the one whose shortest literal is longer, then the smaller. */
function moreSelective(
  first: ReadonlySet<string> | null,
  second: ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  if (!first) return second;
  if (!second) return first;
  const shortest = (set: ReadonlySet<string>): number => Math.min(...[...set].map((text) => text.length));
  const [a, b] = [shortest(first), shortest(second)];
  if (a !== b) return a > b ? first : second;
  return first.size <= second.size ? first : second;
}

/** Every string of `heads` followed by every string of `tails`. */
function product(heads: ReadonlySet<string>, tails: ReadonlySet<string>): ReadonlySet<string> {
  const strings = new Set<string>();
  for (const head of heads) for (const tail of tails) strings.add(head + tail);
  return strings;
}

function alternate(options: readonly Knowledge[]): Knowledge {
  if (options.every((option) => option.exact)) {
    const exact = new Set(options.flatMap((option) => [...option.exact!]));
    if (exact.size <= MAX_EXACT_STRINGS) return { exact, required: null };
  }
  // A match of the alternation is a match of one option: the union of their literals is required.
  const union = new Set<string>();
  for (const option of options) {
    const required = requiredOf(option);
    if (!required) return NOTHING_KNOWN;
    for (const literal of required) union.add(literal);
  }
  return { exact: null, required: union };
}

/** `x?`: the exact strings plus the empty one; nothing required. */
function optional(knowledge: Knowledge): Knowledge {
  return knowledge.exact ? { exact: new Set([...knowledge.exact, '']), required: null } : NOTHING_KNOWN;
}

/** `x+` or `x{n,}` with n ≥ 1: each match holds at least one match of x. */
function atLeastOnce(knowledge: Knowledge): Knowledge {
  return { exact: null, required: requiredOf(knowledge) };
}

const ESCAPED_LITERALS = new Set([...'\\/()[]{}|.*+?^$-']);
// Escapes that stand for one of many characters, or for a position.
const ESCAPED_CLASSES = new Set([...'dDsSwW']);

class Parser {
  private index = 0;

  constructor(private readonly source: string) {}

  parse(): Knowledge {
    const knowledge = this.alternation();
    if (this.index < this.source.length) throw new UnsupportedSyntax(`unexpected ${this.peek()}`);
    return knowledge;
  }

  private peek(): string | undefined {
    return this.source[this.index];
  }

  private alternation(): Knowledge {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.index++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : alternate(options);
  }

  /**
   * A sequence: runs of exact parts multiply into exact strings ("tr"·"uoc" → "truoc"); where a part is
   * not exact the run ends, and the sequence requires the literals of its most selective run or part.
   */
  private sequence(): Knowledge {
    let run: ReadonlySet<string> | null = new Set(['']);
    let required: ReadonlySet<string> | null = null;
    let exact = true;
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const part = this.quantified(this.atom());
      if (part.exact && run && run.size * part.exact.size <= MAX_EXACT_STRINGS) {
        run = product(run, part.exact);
        continue;
      }
      exact = false;
      if (run) required = moreSelective(required, requiredOfExact(run));
      run = part.exact;
      if (!run) required = moreSelective(required, part.required);
    }
    if (exact) return { exact: run, required: null };
    if (run) required = moreSelective(required, requiredOfExact(run));
    return { exact: null, required };
  }

  private quantified(atom: Knowledge): Knowledge {
    const next = this.peek();
    let result: Knowledge;
    if (next === '?') {
      this.index++;
      result = optional(atom);
    } else if (next === '*') {
      this.index++;
      result = NOTHING_KNOWN;
    } else if (next === '+') {
      this.index++;
      result = atLeastOnce(atom);
    } else if (next === '{') {
      const bounds = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.index));
      if (!bounds) throw new UnsupportedSyntax('brace that is no quantifier');
      this.index += bounds[0].length;
      result = Number(bounds[1]) >= 1 ? atLeastOnce(atom) : NOTHING_KNOWN;
    } else {
      return atom;
    }
    // A lazy quantifier matches the same strings, in another order of preference.
    if (this.peek() === '?') this.index++;
    return result;
  }

  private atom(): Knowledge {
    const character = this.source[this.index++]!;
    switch (character) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return EMPTY_ONLY;
      case '.':
        return NOTHING_KNOWN;
      case ')':
      case '*':
      case '+':
      case '?':
      case '{':
        throw new UnsupportedSyntax(`misplaced ${character}`);
      default:
        return { exact: new Set([character]), required: null };
    }
  }

  private group(): Knowledge {
    if (this.peek() === '?') {
      // Only non-capturing groups: lookarounds and named groups are beyond this analysis.
      if (this.source[this.index + 1] !== ':') throw new UnsupportedSyntax('lookaround or named group');
      this.index += 2;
    }
    const inner = this.alternation();
    if (this.source[this.index++] !== ')') throw new UnsupportedSyntax('unclosed group');
    return inner;
  }

  private escape(): Knowledge {
    const character = this.source[this.index++];
    if (character === undefined) throw new UnsupportedSyntax('trailing backslash');
    if (character === 'b' || character === 'B') return EMPTY_ONLY;
    if (ESCAPED_CLASSES.has(character)) return NOTHING_KNOWN;
    if (ESCAPED_LITERALS.has(character)) return { exact: new Set([character]), required: null };
    throw new UnsupportedSyntax(`escape \\${character}`);
  }

  /** A class of a few plain characters and ranges is enumerated; anything else matches "anything". */
  private characterClass(): Knowledge {
    const members = new Set<string>();
    let enumerable = this.peek() !== '^';
    if (!enumerable) this.index++;
    while (this.peek() !== ']') {
      let character = this.source[this.index++];
      if (character === undefined) throw new UnsupportedSyntax('unclosed class');
      if (character === '\\') {
        character = this.source[this.index++];
        if (character === undefined || !ESCAPED_LITERALS.has(character)) {
          enumerable = false;
          continue;
        }
      }
      if (this.peek() === '-' && this.source[this.index + 1] !== ']') {
        const end = this.source[this.index + 1]!;
        this.index += 2;
        if (end === '\\') throw new UnsupportedSyntax('escaped range end');
        const [from, to] = [character.codePointAt(0)!, end.codePointAt(0)!];
        if (to - from + 1 > MAX_CLASS_SIZE) enumerable = false;
        else for (let code = from; code <= to; code++) members.add(String.fromCodePoint(code));
        continue;
      }
      members.add(character);
    }
    this.index++;
    return enumerable && members.size <= MAX_CLASS_SIZE ? { exact: members, required: null } : NOTHING_KNOWN;
  }
}

/**
 * Literals one of which occurs in every string `pattern` matches, or null when none can be named (the
 * empty string matches, a flag such as `i` changes what a literal matches, or the syntax is beyond the
 * analysis). The literals are compared exactly, code unit by code unit.
 */
export function findRequiredLiterals(pattern: RegExp): ReadonlySet<string> | null {
  // g and y change where matching starts, not what matches; every other flag changes what matches.
  if (/[^gy]/.test(pattern.flags)) return null;
  try {
    return requiredOf(new Parser(pattern.source).parse());
  } catch (error) {
    if (error instanceof UnsupportedSyntax) return null;
    throw error;
  }
}

import { describe, expect, it } from 'vitest';
import { NO_WORD, WordSetAutomaton } from '#domain/text/word-set-automaton';
import { VIETNAMESE_STOPWORDS } from '#domain/text/stopwords';

function accepts(automaton: WordSetAutomaton, word: string): boolean {
  let state = automaton.start;
  for (const character of word) state = automaton.step(state, character.codePointAt(0)!);
  return automaton.accepting[state] === 1;
}

describe('WordSetAutomaton', () => {
  const automaton = new WordSetAutomaton(VIETNAMESE_STOPWORDS);

  it('accepts exactly the words of the set, whatever their case', () => {
    for (const word of VIETNAMESE_STOPWORDS) {
      expect(accepts(automaton, word), word).toBe(/^[\p{L}\p{N}]+$/u.test(word) || accepts(automaton, word));
      expect(accepts(automaton, word.toUpperCase()), word).toBe(accepts(automaton, word));
    }
    expect(accepts(automaton, 'của')).toBe(true);
    expect(accepts(automaton, 'CỦA')).toBe(true);
    expect(accepts(automaton, 'cu')).toBe(false);
    expect(accepts(automaton, 'củaa')).toBe(false);
    expect(accepts(automaton, '')).toBe(false);
  });

  it('agrees with Set#has of the lower-cased word on generated words', () => {
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãầấậẩẫìíịỉĩủũụùúữựứừửAĂÂĐÊÔƠƯÀÁỦİ𝐀Σ'];
    let state = 42;
    const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const sample = [...VIETNAMESE_STOPWORDS];
    for (let round = 0; round < 5000; round++) {
      const word =
        round % 3 === 0
          ? sample[Math.floor(random() * sample.length)]!.toUpperCase()
          : Array.from(
              { length: 1 + Math.floor(random() * 4) },
              () => letters[Math.floor(random() * letters.length)],
            ).join('');
      expect(accepts(automaton, word), word).toBe(VIETNAMESE_STOPWORDS.has(word.toLowerCase()));
    }
  });

  it('reaches the dead state on a character no word holds, and stays there', () => {
    const dead = automaton.step(automaton.start, '中'.codePointAt(0)!);
    expect(dead).toBe(NO_WORD);
    expect(automaton.step(dead, 'a'.codePointAt(0)!)).toBe(NO_WORD);
  });

  it('refuses a list with Greek sigma, which lower-cases by context', () => {
    expect(() => new WordSetAutomaton(['σας'])).toThrow(/sigma/);
  });
});

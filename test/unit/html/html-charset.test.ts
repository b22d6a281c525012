import { describe, expect, it } from 'vitest';
import { sniffDeclaredCharset } from '#domain/html/html-charset';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('sniffDeclaredCharset', () => {
  it('reads <meta charset> and the http-equiv form, in lower case', () => {
    expect(sniffDeclaredCharset(latin1('<html><head><meta charset="UTF-8"></head>'))).toBe('utf-8');
    expect(
      sniffDeclaredCharset(
        latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'),
      ),
    ).toBe('windows-1258');
  });

  it('returns null when the head declares nothing or declares it too late to count', () => {
    expect(sniffDeclaredCharset(latin1('<html><head><title>Tin</title></head>'))).toBeNull();
    const late = `<html><!--${' '.repeat(10_000)}--><meta charset="windows-1258">`;
    expect(sniffDeclaredCharset(latin1(late))).toBeNull();
  });
});

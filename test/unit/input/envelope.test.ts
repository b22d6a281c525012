// The envelope schema runs on zod/mini (issue #9), which loads no locale: these tests import only the
// envelope module, so they fail if the English messages stop being passed to the parse.
import { describe, expect, it } from 'vitest';
import { describeEnvelopeIssues, validateEnvelope } from '#domain/input/envelope';

function describeFailure(value: unknown): string {
  const result = validateEnvelope(value);
  if (result.success) throw new Error(`expected an invalid envelope: ${JSON.stringify(value)}`);
  return describeEnvelopeIssues(result.error);
}

describe('validateEnvelope', () => {
  it('accepts an envelope and trims its short fields', () => {
    const result = validateEnvelope({
      url: 'https://baohaiphong.vn/tin-tuc/ben-xe-moi.html',
      text: 'Bến xe khách mới của thành phố đi vào hoạt động từ đầu tháng.',
      title: '  Bến xe khách mới đi vào hoạt động  ',
      source: 'Báo Hải Phòng',
    });
    expect(result.success).toBe(true);
    expect(result.data?.title).toBe('Bến xe khách mới đi vào hoạt động');
    expect(result.data?.html).toBeUndefined();
  });

  it('names the field and the problem in English', () => {
    expect(describeFailure({ text: 42 })).toBe('text: Invalid input: expected string, received number');
    expect(describeFailure({ text: 'Nội dung', title: '   ' })).toBe(
      'title: Too small: expected string to have >=1 characters',
    );
    expect(describeFailure({ text: 'Nội dung', url: 'không phải địa chỉ' })).toBe('url: Invalid URL');
  });

  it('refuses over-long short fields and names the whole envelope when it is not an object', () => {
    expect(describeFailure({ text: 'Nội dung', source: 'Báo '.repeat(600) })).toMatch(/^source: Too big/);
    expect(describeFailure('chỉ là chuỗi')).toBe('envelope: Invalid input: expected object, received string');
  });
});

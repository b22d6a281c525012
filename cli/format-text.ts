// Human-readable rendering of a cleaned article for `tinsach process --format text`.
import type { ProcessedFile } from './commands/process.ts';

const RULE = '-'.repeat(72);

export function formatArticleAsText(article: ProcessedFile): string {
  const province = article.province
    ? `${article.province.name} (old ${article.province.code}) / ${article.province.newName} (new ${article.province.newCode}), ` +
      `confidence ${article.province.confidence.toFixed(2)}; evidence: ${article.province.evidence.join('; ')}`
    : 'none (abstained)';
  const lines = [
    RULE,
    `file:      ${article.file}`,
    `title:     ${article.title ?? '-'}`,
    ...(article.kicker ? [`kicker:    ${article.kicker}`] : []),
    `published: ${article.publishedAt ?? '-'}`,
    `author:    ${article.author ?? '-'}`,
    `source:    ${article.source ?? '-'}`,
    `province:  ${province}`,
    '',
    article.body,
    '',
    ...article.captions.map((caption) => `[caption] ${caption}`),
    ...article.removed.map((line) => `[removed: ${line.reason}] ${line.text}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

// Bucket notification configurations as PutBucketNotificationConfiguration sends them, reduced to the
// queue targets the local bridge can deliver to, and the matching rules S3 applies.

export interface QueueNotificationTarget {
  readonly id: string;
  readonly queueArn: string;
  /** e.g. "s3:ObjectCreated:*" or "s3:ObjectCreated:Put". */
  readonly events: readonly string[];
  readonly prefix: string;
  readonly suffix: string;
}

function readTag(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => decodeXmlText(match[1] ?? ''));
}

function decodeXmlText(text: string): string {
  return text
    .trim()
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

function encodeXmlText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function readFilterRule(configurationXml: string, ruleName: 'prefix' | 'suffix'): string {
  for (const rule of readTag(configurationXml, 'FilterRule')) {
    const [name] = readTag(rule, 'Name');
    if (name?.toLowerCase() === ruleName) return readTag(rule, 'Value')[0] ?? '';
  }
  return '';
}

/** Reads the QueueConfiguration elements; topic and Lambda targets have no local counterpart. */
export function parseQueueNotificationTargets(xml: string): QueueNotificationTarget[] {
  return readTag(xml, 'QueueConfiguration').map((configurationXml, position) => ({
    id: readTag(configurationXml, 'Id')[0] ?? `queue-notification-${position + 1}`,
    queueArn: readTag(configurationXml, 'Queue')[0] ?? '',
    events: readTag(configurationXml, 'Event'),
    prefix: readFilterRule(configurationXml, 'prefix'),
    suffix: readFilterRule(configurationXml, 'suffix'),
  }));
}

export function serializeQueueNotificationTargets(targets: readonly QueueNotificationTarget[]): string {
  const configurations = targets.map((target) => {
    const events = target.events.map((event) => `<Event>${encodeXmlText(event)}</Event>`).join('');
    const rules = (['prefix', 'suffix'] as const)
      .filter((rule) => target[rule] !== '')
      .map(
        (rule) =>
          `<FilterRule><Name>${rule}</Name><Value>${encodeXmlText(target[rule])}</Value></FilterRule>`,
      )
      .join('');
    const filter = rules === '' ? '' : `<Filter><S3Key>${rules}</S3Key></Filter>`;
    return `<QueueConfiguration><Id>${encodeXmlText(target.id)}</Id><Queue>${encodeXmlText(target.queueArn)}</Queue>${events}${filter}</QueueConfiguration>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${configurations.join('')}</NotificationConfiguration>`;
}

/** S3 matches "s3:ObjectCreated:*" against every creating operation, other names exactly. */
export function matchesNotificationTarget(
  target: QueueNotificationTarget,
  eventName: string,
  key: string,
): boolean {
  const fullEventName = `s3:${eventName}`;
  const eventMatches = target.events.some((pattern) =>
    pattern.endsWith(':*') ? fullEventName.startsWith(pattern.slice(0, -1)) : pattern === fullEventName,
  );
  return eventMatches && key.startsWith(target.prefix) && key.endsWith(target.suffix);
}

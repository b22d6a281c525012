// Dates and provinces as readers expect them in each language. News dates are Vietnamese local time.
import { getLanguage, translate } from './i18n.js';

const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const LOCALES = { vi: 'vi-VN', en: 'en-GB' };

/**
 * "12/04/2025 19:05" in Vietnamese (day first, as Vietnamese papers print it), "12 Apr 2025, 19:05" in
 * English; always Vietnam time, whatever the reader's zone.
 * @param {string | null | undefined} iso
 */
export function formatDateTime(iso) {
  if (!iso) return translate('noDate');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const language = getLanguage();
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(LOCALES[language], {
      day: '2-digit',
      month: language === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: VIETNAM_TIME_ZONE,
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return language === 'vi'
    ? `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
    : `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** The calendar day in Vietnam, YYYY-MM-DD. @param {string} iso */
export function toVietnamDay(iso) {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE }).format(new Date(iso));
}

/** "Quảng Nam → Đà Nẵng" when the 2025 reorganisation merged it, else the one name. */
export function formatProvince(province) {
  if (!province) return translate('noProvince');
  return province.newName && province.newName !== province.name
    ? `${province.name} → ${province.newName}`
    : province.name;
}

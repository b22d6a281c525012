// Publication date-time from a page's date line, as ISO 8601 in Asia/Ho_Chi_Minh (+07:00).
// Vietnamese pages write dates day-first, always: 03/04/2021 is the 3rd of April.
import { countLetterRuns } from '#domain/text/letter-runs';
import { foldDiacritics } from '#domain/text/normalize';

/** Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact. */
export const VIETNAM_UTC_OFFSET = '+07:00';
const VIETNAM_OFFSET_MINUTES = 7 * 60;
// Years a news page can carry as its own publication date; anything else is a typo or not a date.
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;
// A date line is the date plus a little furniture ("Thứ năm", "Cập nhật", "Lượt xem: 12 In bài viết");
// eight other words allows all of that while a sentence that merely contains a date has far more.
const DATE_LINE_MAX_OTHER_WORDS = 8;

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}
interface DateMatch extends CalendarDate {
  readonly start: number;
  readonly end: number;
}
interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/.-])/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// "ngày 15 tháng 10 năm 2022", also without "ngày" or "năm" ("15 tháng 10, 2022") on a line of its own.
const WORDED_DATE =
  /(?<![\d/.-])(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*)?(?:nam\s+)?(\d{4})(?![\d/.-])/;
// Months in words, as some sites print them: "12 Tháng Bảy, 2024", "ngày 5 tháng Giêng năm 2024".
const MONTH_WORDS: Readonly<Record<string, number>> = {
  gieng: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi mot': 11,
  'muoi hai': 12,
  chap: 12,
};
const WORDED_MONTH_DATE =
  /(?<![\d/.-])(?:ngay\s+)?(\d{1,2})\s+thang\s+(muoi mot|muoi hai|gieng|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi|chap)\s*(?:,\s*|\s+nam\s+|\s+)(\d{4})(?![\d/.-])/;
// English-format dates, as sites with English templates print them: "July 12, 2024", "Jul 12, 2024
// 10:30", "Jul. 12, 2024", "12 July 2024" (folded, so lower case).
const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const ENGLISH_MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ENGLISH_MONTH_FIRST = new RegExp(
  `(?<![a-z])${ENGLISH_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?![\\d/.-])`,
);
const ENGLISH_DAY_FIRST = new RegExp(
  `(?<![\\d/.-])(\\d{1,2})(?:st|nd|rd|th)?\\s+${ENGLISH_MONTH}\\.?\\s*,?\\s+(\\d{4})(?![\\d/.-])`,
);
// Only a line with a year in it can hold one: the two expressions run on those alone.
const YEAR = /(?:19|20)\d\d/;

/** The date an English expression matched: the year is group 3, the day and the month where given. */
function readEnglishDate(match: RegExpExecArray, dayGroup: number, monthGroup: number): DateMatch {
  return {
    day: Number(match[dayGroup]),
    month: ENGLISH_MONTHS[(match[monthGroup] ?? '').slice(0, 3)] ?? 0,
    year: Number(match[3]),
    start: match.index,
    end: match.index + match[0].length,
  };
}

function findEnglishDate(folded: string): DateMatch | null {
  const monthFirst = ENGLISH_MONTH_FIRST.exec(folded);
  if (monthFirst) return readEnglishDate(monthFirst, 2, 1);
  const dayFirst = ENGLISH_DAY_FIRST.exec(folded);
  return dayFirst ? readEnglishDate(dayFirst, 1, 2) : null;
}
// "14:47", "14h47", "14h", "14g47", "14 giờ 47 phút"; an "h"/"g" must not start a word ("14 học sinh").
const CLOCK =
  /(?<![\d/.:-])([01]?\d|2[0-3])(?:\s*:\s*([0-5]\d)|\s*[hg]\s*([0-5]\d)?(?![a-z])|\s+gio(?:\s+([0-5]\d))?)(?![\d/.-])/;
const AFTERNOON = /(?<![a-z])(pm|ch|chieu|toi)(?![a-z])/;
const MORNING = /(?<![a-z])(am|sa|sang)(?![a-z])/;
// Words that dress a date line and say nothing else: weekdays, "cập nhật", time-zone labels.
const DATE_FURNITURE =
  /(?<![a-z])(thu\s+(hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|cn|t[2-7]|cap\s+nhat|ngay\s+dang|dang\s+(luc|ngay)|xuat\s+ban|hom\s+nay|thoi\s+gian|dang(\s+tai)?|luc|ngay|gio|phut|gmt|utc|ict|am|pm|sa|ch|sang|chieu|toi|posted|updated|published|on|at)(?![a-z])/g;

function isValidDate({ year, month, day }: CalendarDate): boolean {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Every date form holds a digit; most lines have none, and then three expressions need not run.
const DIGIT = /\d/;

function findDate(folded: string): DateMatch | null {
  if (!DIGIT.test(folded)) return null;
  const candidates: DateMatch[] = [];
  const numeric = NUMERIC_DATE.exec(folded);
  if (numeric) {
    const [whole, day, month, year] = numeric;
    candidates.push({
      day: Number(day),
      month: Number(month),
      year: Number(year),
      start: numeric.index,
      end: numeric.index + whole.length,
    });
  }
  const iso = ISO_DATE.exec(folded);
  if (iso) {
    const [whole, year, month, day] = iso;
    candidates.push({
      day: Number(day),
      month: Number(month),
      year: Number(year),
      start: iso.index,
      end: iso.index + whole.length,
    });
  }
  const worded = WORDED_DATE.exec(folded);
  if (worded) {
    const [whole, day, month, year] = worded;
    candidates.push({
      day: Number(day),
      month: Number(month),
      year: Number(year),
      start: worded.index,
      end: worded.index + whole.length,
    });
  }
  if (candidates.length === 0 && folded.includes('thang')) {
    const monthWord = WORDED_MONTH_DATE.exec(folded);
    if (monthWord) {
      const [whole, day, month, year] = monthWord;
      candidates.push({
        day: Number(day),
        month: MONTH_WORDS[month ?? ''] ?? 0,
        year: Number(year),
        start: monthWord.index,
        end: monthWord.index + whole.length,
      });
    }
  }
  if (candidates.length === 0 && YEAR.test(folded)) {
    const english = findEnglishDate(folded);
    if (english) candidates.push(english);
  }
  const valid = candidates.filter(isValidDate).sort((a, b) => a.start - b.start);
  return valid[0] ?? null;
}

function findTime(foldedWithoutDate: string): { time: ClockTime; text: string } | null {
  const clock = CLOCK.exec(foldedWithoutDate);
  if (!clock) return null;
  const [whole, hourText, ...minuteTexts] = clock;
  let hour = Number(hourText);
  const minuteText = minuteTexts.find((text) => text !== undefined);
  const minute = minuteText ? Number(minuteText) : 0;
  if (AFTERNOON.test(foldedWithoutDate) && hour < 12) hour += 12;
  else if (MORNING.test(foldedWithoutDate) && hour === 12) hour = 0;
  return { time: { hour, minute }, text: whole };
}

const pad = (value: number): string => String(value).padStart(2, '0');

function formatVietnamTime(date: CalendarDate, time: ClockTime): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(time.hour)}:${pad(time.minute)}:00${VIETNAM_UTC_OFFSET}`;
}

/** The text around a found date, where the time and the furniture words are looked for. */
function textAround(folded: string, date: DateMatch): string {
  return `${folded.slice(0, date.start)} ${folded.slice(date.end)}`;
}

function formatFoundDateTime(folded: string, date: DateMatch): string {
  const time = findTime(textAround(folded, date))?.time ?? { hour: 0, minute: 0 };
  return formatVietnamTime(date, time);
}

/** Whether, besides the found date, its time and date furniture, at most `maxOtherWords` words remain. */
function hasFewOtherWords(folded: string, date: DateMatch, maxOtherWords: number): boolean {
  let rest = textAround(folded, date);
  const time = findTime(rest);
  if (time) rest = rest.replace(time.text, ' ');
  return countLetterRuns(rest.replace(DATE_FURNITURE, ' ')) <= maxOtherWords;
}

/**
 * Reads a date (dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, "ngày d tháng m năm yyyy") and an
 * optional time (14:47, 14h47, "14 giờ 47", with AM/PM or SA/CH) anywhere in the text; midnight when
 * no time is given. Null when there is no valid date. `folded` is foldDiacritics(text) when the caller
 * has it already (a segment's `folded`).
 */
export function parseDateTime(text: string, folded: string = foldDiacritics(text)): string | null {
  const date = findDate(folded);
  return date ? formatFoundDateTime(folded, date) : null;
}

/**
 * True for a short meta line whose main content is a date (and time), not a sentence mentioning one.
 * `maxOtherWords` bounds the words besides date, time and date furniture; `folded` as in parseDateTime.
 */
export function isDateLine(
  text: string,
  maxOtherWords = DATE_LINE_MAX_OTHER_WORDS,
  folded: string = foldDiacritics(text),
): boolean {
  const date = findDate(folded);
  return date !== null && hasFewOtherWords(folded, date, maxOtherWords);
}

// "Hôm nay", the time-zone label and a weekday are what a page header's live clock carries.
const TODAY_MARKER = /(?<![a-z])hom\s+nay(?![a-z])/;

/** True for a date line that announces today's date ("Hôm nay: Thứ Hai, 23/11/2026"): a header clock. */
export function isTodayClockLine(text: string, folded: string = foldDiacritics(text)): boolean {
  return TODAY_MARKER.test(folded) && isDateLine(text, DATE_LINE_MAX_OTHER_WORDS, folded);
}

/** Publication date of a date line, or null when the line is not a date line; `folded` as above. */
export function parsePublishedAt(
  line: string,
  maxOtherWords = DATE_LINE_MAX_OTHER_WORDS,
  folded: string = foldDiacritics(line),
): string | null {
  const date = findDate(folded);
  return date !== null && hasFewOtherWords(folded, date, maxOtherWords)
    ? formatFoundDateTime(folded, date)
    : null;
}

/**
 * Normalises an envelope's date hint: an ISO 8601 instant is re-expressed in +07:00, anything else is
 * read like a date line. Null when unreadable.
 */
export function normalizePublishedAtHint(hint: string): string | null {
  const trimmed = hint.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) {
    const instant = Date.parse(trimmed);
    if (Number.isNaN(instant)) return null;
    // Without a zone designator the hint is already local time; Date.parse would read it as the host's.
    if (!/(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return `${trimmed.slice(0, 16)}:00${VIETNAM_UTC_OFFSET}`;
    const local = new Date(instant + VIETNAM_OFFSET_MINUTES * 60_000);
    return formatVietnamTime(
      { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() },
      { hour: local.getUTCHours(), minute: local.getUTCMinutes() },
    );
  }
  return parseDateTime(trimmed);
}

// The weekdays in words, folded: "Thứ Sáu" and "Chủ Nhật" are written as names and headlines are, and
// an extractor that prints each element of the date on a line sets one alone over the day ("Thứ Sáu"
// / "12/09/2025"): no writer and no title.
const WEEKDAYS: ReadonlySet<string> = new Set([
  ...['thu hai', 'thu ba', 'thu tu', 'thu nam', 'thu sau', 'thu bay', 'chu nhat'],
]);

// "Chủ nhật," is the longest, a comma after the name included.
const WEEKDAY_MAX_CHARS = 9;
const TRAILING_COMMA = /,$/;

/** Whether a line is a weekday's name alone ("Thứ Sáu", "Chủ nhật"), a comma after it allowed. */
export function isWeekdayLine(text: string): boolean {
  if (text.length > WEEKDAY_MAX_CHARS) return false;
  return WEEKDAYS.has(foldDiacritics(text).replace(TRAILING_COMMA, ''));
}

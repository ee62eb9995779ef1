/**
 * Salesforce CPQ prorate multiplier for Subscription Prorate Precision = "Monthly + Daily": whole
 * months from the start date, plus the remaining days as a fraction of an average month of
 * 365 / 12 days, divided by the default subscription term:
 *
 *     multiplier = (wholeMonths + remainingDays * 12 / 365) / defaultTermMonths
 *
 * - End dates are inclusive (CPQ's End Date is the last day of service), so the term runs to the
 *   day after endDate.
 * - Whole months are anniversaries of the start day: the n-th one is startDate plus n months, on
 *   the same day of the month or on the last day of a shorter month (31 Jan + 1 month = 28 Feb).
 *   The remaining days run from the last anniversary to the day after endDate (0 to 30 days).
 * - Leap days are not special: a day is a day, a month is a calendar month, the divisor is 365.
 * The same rule is Proration.prorateMultiplier in Apex; both run the vectors in
 * staticresources/ProrationVectors.json.
 *
 * Sources (read through the project's documentation search):
 * - SteelBrick/Salesforce CPQ KB "Subscription Prorate Precision"
 *   (https://community.steelbrick.com/t5/tkb/articleprintpage/tkb-id/ContractsRenewalsSubscriptions%40tkb/article-id/23):
 *   "Month + Day … first calculates the whole months of the effective Subscription Term, then
 *   converts the number of remaining days into a decimal" (the page is cut off after that).
 * - Stripe Billing for Salesforce CPQ, "Subscription order amendments"
 *   (https://docs.stripe.com/connectors/salesforce-cpq/subscription-order-amendments): a CPQ month
 *   is 365 / 12 days; their connector (github.com/stripe/stripe-go,
 *   lib/stripe-force/translate/utilities/salesforce_util.rb) computes
 *   `(whole_months + partial_month_days / (365 / 12)) / subscription_term`, adds one day to CPQ's
 *   end date, notes "CPQ ignores leap years", and counts the days from start + whole months.
 * - JustOn, "How to set up subscription prorate precision with Salesforce CPQ and JustOn?"
 *   (https://docs.juston.com/admin/jo_faq_billing_prorate_precision): Monthly + Daily uses an
 *   average month of 365 / 12 = 30.4167 days.
 * - Trailblazer Community thread
 *   (https://trailhead.salesforce.com/trailblazer-community/feed/0D54V00007XIWCUSA5): 05/23/19
 *   through 09/30/19 is 4 months (to 09/22) and 8 days, (4 + 8 / (365 / 12)) / 12 = 0.3553; the
 *   first vector.
 * Not found in any source (INFERRED): where the anniversary of a 29th–31st lands in a shorter
 * month. Clamping it to that month's last day keeps CPQ's own end date for a term (start + term
 * months - 1 day, CPQ plugin sample "Calculating True End Date and Subscription Term") at a
 * multiplier of exactly term / default term: 31 Jan to 27 Feb 2023 is one month. Stripe's
 * connector compares days of the month instead, which makes that range 0 months and 28 days.
 */

const DAYS_PER_YEAR = 365;
const MONTHS_PER_YEAR = 12;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date without time or zone; month 1–12. */
interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) {
        return isLeapYear(year) ? 29 : 28;
    }
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseIsoDate(value: unknown, argument: string): CalendarDate {
    const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
    if (match) {
        const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
        const valid =
            date.year >= 1 &&
            date.month >= 1 &&
            date.month <= 12 &&
            date.day >= 1 &&
            date.day <= daysInMonth(date.year, date.month);
        if (valid) {
            return date;
        }
    }
    throw new Error(
        `${argument} must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`
    );
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), by integer arithmetic only: no Date object, so no
 * time zone can shift a day.
 */
function dayNumber({ year, month, day }: CalendarDate): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
    const dayOfEra =
        yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

/** The n-th monthly anniversary: same day of the month, or the last day of a shorter month. */
function addMonths(date: CalendarDate, months: number): CalendarDate {
    const index = date.year * MONTHS_PER_YEAR + (date.month - 1) + months;
    const year = Math.floor(index / MONTHS_PER_YEAR);
    const month = (index % MONTHS_PER_YEAR) + 1;
    return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function dayAfter(date: CalendarDate): CalendarDate {
    if (date.day < daysInMonth(date.year, date.month)) {
        return { ...date, day: date.day + 1 };
    }
    return { ...addMonths({ ...date, day: 1 }, 1), day: 1 };
}

/**
 * The CPQ "Monthly + Daily" prorate multiplier of a subscription line, unrounded.
 * @param startDate first day of service, YYYY-MM-DD
 * @param endDate last day of service (inclusive, like CPQ's End Date), YYYY-MM-DD
 * @param defaultTermMonths the line's Default Subscription Term in months, a whole number above 0
 * @returns the number of default terms the line's term holds, e.g. 1 for a year at a term of 12
 * @throws Error when a date is not a calendar date, endDate is before startDate, or
 * defaultTermMonths is not a whole number above 0
 */
export function prorateMultiplier(
    startDate: string,
    endDate: string,
    defaultTermMonths: number
): number {
    const start = parseIsoDate(startDate, 'startDate');
    const end = parseIsoDate(endDate, 'endDate');
    if (dayNumber(end) < dayNumber(start)) {
        throw new Error(`endDate ${endDate} is before startDate ${startDate}`);
    }
    if (!Number.isInteger(defaultTermMonths) || defaultTermMonths <= 0) {
        throw new Error(
            `defaultTermMonths must be a whole number of months above 0, got ${String(defaultTermMonths)}`
        );
    }

    const after = dayAfter(end);
    const stop = dayNumber(after);
    // The anniversary in the month of the day after endDate, or the one before when it is later.
    let wholeMonths = (after.year - start.year) * MONTHS_PER_YEAR + (after.month - start.month);
    if (dayNumber(addMonths(start, wholeMonths)) > stop) {
        wholeMonths--;
    }
    const remainingDays = stop - dayNumber(addMonths(start, wholeMonths));
    // (wholeMonths + remainingDays * 12 / 365) / defaultTermMonths, as one division of integers.
    return (
        (wholeMonths * DAYS_PER_YEAR + remainingDays * MONTHS_PER_YEAR) /
        (DAYS_PER_YEAR * defaultTermMonths)
    );
}

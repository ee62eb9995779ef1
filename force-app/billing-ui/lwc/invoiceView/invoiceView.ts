/**
 * View logic of My Invoices that needs no DOM: table columns for each width, rows with their
 * state, overdue styling and texts in the user's locale, status filter options, date-range checks
 * and the hosted payment page link. Pure functions, tested on their own.
 */
import LOCALE from '@salesforce/i18n/locale';
import type {
    CreditDto,
    InvoiceDetailDto,
    InvoiceDto,
    InvoiceLineDto,
    InvoiceState
} from '../../../../types/invoices';
import TITLE from '@salesforce/label/c.My_Invoices_Title';
import STATUS_FILTER from '@salesforce/label/c.My_Invoices_Status_Filter';
import STATUS_ALL from '@salesforce/label/c.My_Invoices_Status_All';
import STATUS_OPEN from '@salesforce/label/c.My_Invoices_Status_Open';
import STATUS_OVERDUE from '@salesforce/label/c.My_Invoices_Status_Overdue';
import STATUS_PAID from '@salesforce/label/c.My_Invoices_Status_Paid';
import FROM_DATE from '@salesforce/label/c.My_Invoices_From_Date';
import TO_DATE from '@salesforce/label/c.My_Invoices_To_Date';
import COL_NUMBER from '@salesforce/label/c.My_Invoices_Column_Number';
import COL_INVOICE_DATE from '@salesforce/label/c.My_Invoices_Column_Invoice_Date';
import COL_DUE_DATE from '@salesforce/label/c.My_Invoices_Column_Due_Date';
import COL_STATUS from '@salesforce/label/c.My_Invoices_Column_Status';
import COL_TOTAL from '@salesforce/label/c.My_Invoices_Column_Total';
import COL_BALANCE from '@salesforce/label/c.My_Invoices_Column_Balance';
import COL_PAY from '@salesforce/label/c.My_Invoices_Column_Pay';
import PAY from '@salesforce/label/c.My_Invoices_Pay';
import OVERDUE from '@salesforce/label/c.My_Invoices_Overdue';
import VIEW_INVOICE from '@salesforce/label/c.My_Invoices_View_Invoice';
import LOADING from '@salesforce/label/c.My_Invoices_Loading';
import EMPTY from '@salesforce/label/c.My_Invoices_Empty';
import LOAD_ERROR from '@salesforce/label/c.My_Invoices_Load_Error';
import DETAIL_ERROR from '@salesforce/label/c.My_Invoices_Detail_Error';
import PREVIOUS from '@salesforce/label/c.My_Invoices_Previous';
import NEXT from '@salesforce/label/c.My_Invoices_Next';
import PAGE from '@salesforce/label/c.My_Invoices_Page';
import PAGINATION from '@salesforce/label/c.My_Invoices_Pagination';
import BACK from '@salesforce/label/c.My_Invoices_Back';
import DOWNLOAD_PDF from '@salesforce/label/c.My_Invoices_Download_PDF';
import LINE_PRODUCT from '@salesforce/label/c.My_Invoices_Line_Product';
import LINE_PERIOD from '@salesforce/label/c.My_Invoices_Line_Period';
import LINE_QUANTITY from '@salesforce/label/c.My_Invoices_Line_Quantity';
import LINE_UNIT_PRICE from '@salesforce/label/c.My_Invoices_Line_Unit_Price';
import LINE_TAX from '@salesforce/label/c.My_Invoices_Line_Tax';
import LINE_TOTAL from '@salesforce/label/c.My_Invoices_Line_Total';
import LINES_TITLE from '@salesforce/label/c.My_Invoices_Lines_Title';
import STATE_UNPAID from '@salesforce/label/c.My_Invoices_State_Unpaid';
import STATE_PARTIALLY_PAID from '@salesforce/label/c.My_Invoices_State_Partially_Paid';
import STATE_PARTIALLY_CREDITED from '@salesforce/label/c.My_Invoices_State_Partially_Credited';
import STATE_PAID from '@salesforce/label/c.My_Invoices_State_Paid';
import STATE_CREDITED from '@salesforce/label/c.My_Invoices_State_Credited';
import STATE_REBILLED from '@salesforce/label/c.My_Invoices_State_Rebilled';
import EMPTY_NO_FILTERS from '@salesforce/label/c.My_Invoices_Empty_No_Filters';
import TRY_AGAIN from '@salesforce/label/c.My_Invoices_Try_Again';
import CREDITS_TITLE from '@salesforce/label/c.My_Invoices_Credits_Title';
import CREDIT_NUMBER from '@salesforce/label/c.My_Invoices_Credit_Number';
import CREDIT_DATE from '@salesforce/label/c.My_Invoices_Credit_Date';
import CREDIT_AMOUNT from '@salesforce/label/c.My_Invoices_Credit_Amount';
import DATE_RANGE_REVERSED from '@salesforce/label/c.My_Invoices_Date_Range_Reversed';
import DATE_INVALID from '@salesforce/label/c.My_Invoices_Date_Invalid';
import SORT_BY from '@salesforce/label/c.My_Invoices_Sort_By';
import SORT_NEWEST from '@salesforce/label/c.My_Invoices_Sort_Newest';
import SORT_OLDEST from '@salesforce/label/c.My_Invoices_Sort_Oldest';
import SORT_DUE_SOONEST from '@salesforce/label/c.My_Invoices_Sort_Due_Soonest';
import SORT_LARGEST_BALANCE from '@salesforce/label/c.My_Invoices_Sort_Largest_Balance';
import INVOICE_LIST from '@salesforce/label/c.My_Invoices_Invoice_List';

/** Every buyer-facing text of My Invoices, from custom labels. */
export const LABELS = {
    title: TITLE,
    statusFilter: STATUS_FILTER,
    statusAll: STATUS_ALL,
    statusOpen: STATUS_OPEN,
    statusOverdue: STATUS_OVERDUE,
    statusPaid: STATUS_PAID,
    fromDate: FROM_DATE,
    toDate: TO_DATE,
    colNumber: COL_NUMBER,
    colInvoiceDate: COL_INVOICE_DATE,
    colDueDate: COL_DUE_DATE,
    colStatus: COL_STATUS,
    colTotal: COL_TOTAL,
    colBalance: COL_BALANCE,
    colPay: COL_PAY,
    pay: PAY,
    overdue: OVERDUE,
    viewInvoice: VIEW_INVOICE,
    loading: LOADING,
    empty: EMPTY,
    loadError: LOAD_ERROR,
    detailError: DETAIL_ERROR,
    previous: PREVIOUS,
    next: NEXT,
    page: PAGE,
    pagination: PAGINATION,
    back: BACK,
    downloadPdf: DOWNLOAD_PDF,
    lineProduct: LINE_PRODUCT,
    linePeriod: LINE_PERIOD,
    lineQuantity: LINE_QUANTITY,
    lineUnitPrice: LINE_UNIT_PRICE,
    lineTax: LINE_TAX,
    lineTotal: LINE_TOTAL,
    linesTitle: LINES_TITLE,
    stateUnpaid: STATE_UNPAID,
    statePartiallyPaid: STATE_PARTIALLY_PAID,
    statePartiallyCredited: STATE_PARTIALLY_CREDITED,
    statePaid: STATE_PAID,
    stateCredited: STATE_CREDITED,
    stateRebilled: STATE_REBILLED,
    emptyNoFilters: EMPTY_NO_FILTERS,
    tryAgain: TRY_AGAIN,
    creditsTitle: CREDITS_TITLE,
    creditNumber: CREDIT_NUMBER,
    creditDate: CREDIT_DATE,
    creditAmount: CREDIT_AMOUNT,
    dateRangeReversed: DATE_RANGE_REVERSED,
    dateInvalid: DATE_INVALID,
    sortBy: SORT_BY,
    sortNewest: SORT_NEWEST,
    sortOldest: SORT_OLDEST,
    sortDueSoonest: SORT_DUE_SOONEST,
    sortLargestBalance: SORT_LARGEST_BALANCE,
    invoiceList: INVOICE_LIST
};

/** The buyer-facing texts, keyed as the view uses them. */
export type InvoiceLabels = typeof LABELS;

/** A lightning-datatable column definition (the subset we use). */
export interface Column {
    label: string;
    fieldName: string;
    type: string;
    sortable?: boolean;
    hideDefaultActions?: boolean;
    typeAttributes?: Record<string, unknown>;
    cellAttributes?: Record<string, unknown>;
}

/** How wide the component is: one card per invoice, a table without the least needed columns, or all. */
export type Layout = 'narrow' | 'medium' | 'wide';

/** Below this width (px) invoices are cards; below MEDIUM_MAX the table drops columns. */
export const NARROW_MAX = 600;
export const MEDIUM_MAX = 900;

/** The layout for a component width in px; 0 (not measured yet, or no layout engine) is wide. */
export function layoutFor(width: number): Layout {
    if (!(width > 0)) {
        return 'wide';
    }
    if (width < NARROW_MAX) {
        return 'narrow';
    }
    return width < MEDIUM_MAX ? 'medium' : 'wide';
}

/** An invoice as a table row or card: the DTO plus what the cells need, texts in the user's locale. */
export interface InvoiceRow extends InvoiceDto {
    amountClass: string;
    overdueIcon: string | null;
    overdueText: string | null;
    payUrl: string | null;
    stateLabel: string;
    invoiceDateText: string;
    dueDateText: string;
    totalText: string;
    balanceText: string;
    /** Accessible name of the card's open button and the Pay link: "View invoice INV-1". */
    viewTitle: string;
    payTitle: string;
}

/** An invoice line as a table row or card. */
export interface InvoiceLineRow extends InvoiceLineDto {
    currencyCode: string;
    period: string;
    quantityText: string;
    unitPriceText: string;
    taxText: string;
    totalText: string;
}

/** A credit note applied to the invoice, with its texts. */
export interface CreditRow extends CreditDto {
    dateText: string;
    amountText: string;
}

const CURRENCY_CELL = { currencyCode: { fieldName: 'currencyCode' }, currencyDisplayAs: 'symbol' };
const DATE_CELL = { year: 'numeric', month: 'short', day: '2-digit' };
// Browsers read a backslash as a slash and drop tabs and newlines inside URLs, so `/\\host` and
// `/<TAB>/host` would leave the site: a template holding either is refused outright.
const hasUnsafeCharacter = (text: string): boolean =>
    [...text].some((character) => {
        const code = character.charCodeAt(0);
        return character === '\\' || code < 0x20 || code === 0x7f;
    });
const SITE_PATH = /^\/(?!\/)/;

/**
 * The number of decimals a currency is paid in (JPY 0, EUR 2, KWD 3); 2 for an unknown code.
 * @param currencyCode ISO 4217 code
 */
export function currencyDecimals(currencyCode: string): number {
    try {
        return (
            new Intl.NumberFormat('en-US', {
                style: 'currency',
                currency: currencyCode
            }).resolvedOptions().maximumFractionDigits ?? 2
        );
    } catch {
        return 2;
    }
}

/** Whether a filled template stays where the admin pointed it: this site, or its https host. */
function staysOnItsHost(template: string, filled: string): boolean {
    if (SITE_PATH.test(template)) {
        return SITE_PATH.test(filled);
    }
    try {
        const configured = new URL(template.replace(/\{\w+\}/g, 'x'));
        const actual = new URL(filled);
        return (
            configured.protocol === 'https:' &&
            actual.protocol === 'https:' &&
            actual.host === configured.host &&
            configured.username === '' &&
            configured.password === ''
        );
    } catch {
        return false;
    }
}

/**
 * Fills a hosted payment page URL template for one invoice, or null when the invoice is not
 * payable (nothing left to pay, or rebilled), no template is configured or the template is not a site path or an https URL (a
 * template with a backslash or a control character is refused; the filled URL must stay on the
 * template's own host). Tokens: {invoiceId}, {invoiceNumber}, {balance} (in the currency's own
 * decimals), {currency}; values are URL-encoded.
 */
export function paymentUrl(
    template: string | null | undefined,
    invoice: InvoiceDto
): string | null {
    const trimmed = template?.trim();
    if (!trimmed || hasUnsafeCharacter(trimmed) || !invoice.payable || !(invoice.balance > 0)) {
        return null;
    }
    const values: Record<string, string> = {
        invoiceId: invoice.id,
        invoiceNumber: invoice.invoiceNumber,
        balance: invoice.balance.toFixed(currencyDecimals(invoice.currencyCode)),
        currency: invoice.currencyCode
    };
    const filled = trimmed.replace(
        /\{(invoiceId|invoiceNumber|balance|currency)\}/g,
        (_match, key: string) => encodeURIComponent(values[key])
    );
    return staysOnItsHost(trimmed, filled) ? filled : null;
}

/** The buyer-facing word for each state. */
export function stateLabel(state: InvoiceState, labels: InvoiceLabels): string {
    const words: Record<InvoiceState, string> = {
        unpaid: labels.stateUnpaid,
        partiallyPaid: labels.statePartiallyPaid,
        partiallyCredited: labels.statePartiallyCredited,
        paid: labels.statePaid,
        credited: labels.stateCredited,
        rebilled: labels.stateRebilled
    };
    return words[state] ?? labels.stateUnpaid;
}

/** An amount in its currency and the user's locale, in the currency's own decimals. */
export function formatAmount(
    amount: number,
    currencyCode: string,
    locale: string = LOCALE
): string {
    try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode }).format(
            amount
        );
    } catch {
        return `${amount.toFixed(currencyDecimals(currencyCode))} ${currencyCode}`;
    }
}

/** A quantity in the user's locale. */
function formatNumber(value: number, locale: string): string {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
}

/** Adds the state, overdue styling, pay link and locale texts to each invoice. */
export function toRows(
    invoices: InvoiceDto[],
    labels: InvoiceLabels,
    paymentTemplate: string | null | undefined,
    locale: string = LOCALE
): InvoiceRow[] {
    return invoices.map((invoice) => ({
        ...invoice,
        amountClass: invoice.overdue ? 'slds-text-color_error' : '',
        overdueIcon: invoice.overdue ? 'utility:warning' : null,
        overdueText: invoice.overdue ? labels.overdue : null,
        payUrl: paymentUrl(paymentTemplate, invoice),
        stateLabel: stateLabel(invoice.state, labels),
        invoiceDateText: formatDate(invoice.invoiceDate, locale),
        dueDateText: invoice.dueDate ? formatDate(invoice.dueDate, locale) : '',
        totalText: formatAmount(invoice.totalAmount, invoice.currencyCode, locale),
        balanceText: formatAmount(invoice.balance, invoice.currencyCode, locale),
        viewTitle: `${labels.viewInvoice} ${invoice.invoiceNumber}`,
        payTitle: `${labels.pay} ${invoice.invoiceNumber}`
    }));
}

/** Whether any row has a pay link: the Pay column shows only then. */
export function anyPayable(rows: InvoiceRow[]): boolean {
    return rows.some((row) => row.payUrl !== null);
}

/**
 * The invoice list columns for a width: all of them when wide; without invoice date and total
 * (the columns a buyer needs least: the due date and balance say what to do) when medium. The Pay
 * column only when some row has a pay link.
 */
export function invoiceColumns(
    labels: InvoiceLabels,
    withPay: boolean,
    layout: Layout = 'wide'
): Column[] {
    const columns: Column[] = [
        {
            label: labels.colNumber,
            fieldName: 'invoiceNumber',
            type: 'button',
            sortable: true,
            hideDefaultActions: true,
            typeAttributes: {
                label: { fieldName: 'invoiceNumber' },
                name: 'view',
                title: { fieldName: 'viewTitle' },
                variant: 'base'
            }
        },
        {
            label: labels.colInvoiceDate,
            fieldName: 'invoiceDate',
            type: 'date-local',
            sortable: true,
            hideDefaultActions: true,
            typeAttributes: DATE_CELL
        },
        {
            label: labels.colDueDate,
            fieldName: 'dueDate',
            type: 'date-local',
            sortable: true,
            hideDefaultActions: true,
            typeAttributes: DATE_CELL,
            cellAttributes: {
                class: { fieldName: 'amountClass' },
                iconName: { fieldName: 'overdueIcon' },
                iconAlternativeText: { fieldName: 'overdueText' },
                iconPosition: 'right'
            }
        },
        {
            label: labels.colStatus,
            fieldName: 'stateLabel',
            type: 'text',
            hideDefaultActions: true
        },
        {
            label: labels.colTotal,
            fieldName: 'totalAmount',
            type: 'currency',
            sortable: true,
            hideDefaultActions: true,
            typeAttributes: CURRENCY_CELL
        },
        {
            label: labels.colBalance,
            fieldName: 'balance',
            type: 'currency',
            sortable: true,
            hideDefaultActions: true,
            typeAttributes: CURRENCY_CELL,
            cellAttributes: { class: { fieldName: 'amountClass' } }
        }
    ];
    if (withPay) {
        columns.push({
            label: labels.colPay,
            fieldName: 'payUrl',
            type: 'url',
            hideDefaultActions: true,
            typeAttributes: {
                label: labels.pay,
                target: '_blank',
                tooltip: { fieldName: 'payTitle' }
            }
        });
    }
    const dropped = layout === 'medium' ? ['invoiceDate', 'totalAmount'] : [];
    return columns.filter((column) => !dropped.includes(column.fieldName));
}

/** Sort choices for the card layout, which has no column headers to click. */
export function sortOptions(labels: InvoiceLabels): Array<{ label: string; value: string }> {
    return [
        { label: labels.sortNewest, value: 'invoiceDate desc' },
        { label: labels.sortOldest, value: 'invoiceDate asc' },
        { label: labels.sortDueSoonest, value: 'dueDate asc' },
        { label: labels.sortLargestBalance, value: 'balance desc' }
    ];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a yyyy-mm-dd string is a real calendar date (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
    if (!ISO_DATE.test(value)) {
        return false;
    }
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
    );
}

/**
 * What is wrong with a date range, per field, or null when it can be used: a date that does not
 * parse is flagged at its own field, a range that ends before it starts at the To field.
 */
export function dateRangeErrors(
    fromDate: string | null,
    toDate: string | null,
    labels: InvoiceLabels
): { from: string; to: string } | null {
    const from = fromDate && !isIsoDate(fromDate) ? labels.dateInvalid : '';
    let to = toDate && !isIsoDate(toDate) ? labels.dateInvalid : '';
    if (!from && !to && fromDate && toDate && toDate < fromDate) {
        to = labels.dateRangeReversed;
    }
    return from || to ? { from, to } : null;
}

/** The status filter options, in the order a buyer scans them. */
export function statusOptions(labels: InvoiceLabels): Array<{ label: string; value: string }> {
    return [
        { label: labels.statusAll, value: 'all' },
        { label: labels.statusOpen, value: 'open' },
        { label: labels.statusOverdue, value: 'overdue' },
        { label: labels.statusPaid, value: 'paid' }
    ];
}

/** Formats an ISO date (yyyy-mm-dd) in the user's locale, without shifting the day. */
export function formatDate(isoDate: string, locale: string = LOCALE): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC'
    }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The billed period of a line: "start – end", one date, or empty for one-time charges. */
export function periodText(line: InvoiceLineDto, locale: string = LOCALE): string {
    if (line.startDate && line.endDate) {
        return `${formatDate(line.startDate, locale)} – ${formatDate(line.endDate, locale)}`;
    }
    const single = line.startDate ?? line.endDate;
    return single ? formatDate(single, locale) : '';
}

/** Lines as table rows or cards, each carrying its invoice's currency. */
export function toLineRows(detail: InvoiceDetailDto, locale: string = LOCALE): InvoiceLineRow[] {
    const currency = detail.invoice.currencyCode;
    return detail.lines.map((line) => ({
        ...line,
        currencyCode: currency,
        period: periodText(line, locale),
        quantityText: formatNumber(line.quantity, locale),
        unitPriceText: formatAmount(line.unitPrice, currency, locale),
        taxText: formatAmount(line.taxAmount, currency, locale),
        totalText: formatAmount(line.totalAmount, currency, locale)
    }));
}

/** The credit notes applied to the invoice, with their texts. */
export function toCreditRows(detail: InvoiceDetailDto, locale: string = LOCALE): CreditRow[] {
    const currency = detail.invoice.currencyCode;
    return (detail.credits ?? []).map((credit) => ({
        ...credit,
        dateText: credit.creditNoteDate ? formatDate(credit.creditNoteDate, locale) : '',
        amountText: formatAmount(credit.amount, currency, locale)
    }));
}

/** The invoice line columns. */
export function lineColumns(labels: InvoiceLabels): Column[] {
    return [
        {
            label: labels.lineProduct,
            fieldName: 'productName',
            type: 'text',
            hideDefaultActions: true
        },
        { label: labels.linePeriod, fieldName: 'period', type: 'text', hideDefaultActions: true },
        {
            label: labels.lineQuantity,
            fieldName: 'quantity',
            type: 'number',
            hideDefaultActions: true
        },
        {
            label: labels.lineUnitPrice,
            fieldName: 'unitPrice',
            type: 'currency',
            hideDefaultActions: true,
            typeAttributes: CURRENCY_CELL
        },
        {
            label: labels.lineTax,
            fieldName: 'taxAmount',
            type: 'currency',
            hideDefaultActions: true,
            typeAttributes: CURRENCY_CELL
        },
        {
            label: labels.lineTotal,
            fieldName: 'totalAmount',
            type: 'currency',
            hideDefaultActions: true,
            typeAttributes: CURRENCY_CELL
        }
    ];
}

/**
 * View logic of My Invoices that needs no DOM: table columns, rows with their overdue styling,
 * status filter options and the hosted payment page link. Pure functions, tested on their own.
 */
import type { InvoiceDetailDto, InvoiceDto, InvoiceLineDto } from '../../../../types/invoices';
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
import COL_PAYMENT_STATUS from '@salesforce/label/c.My_Invoices_Column_Payment_Status';
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
    colPaymentStatus: COL_PAYMENT_STATUS,
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
    linesTitle: LINES_TITLE
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

/** An invoice as a table row: the DTO plus what the cells need. */
export interface InvoiceRow extends InvoiceDto {
    amountClass: string;
    overdueIcon: string | null;
    overdueText: string | null;
    payUrl: string | null;
}

/** An invoice line as a table row. */
export interface InvoiceLineRow extends InvoiceLineDto {
    currencyCode: string;
    period: string;
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
 * Fills a hosted payment page URL template for one invoice, or null when the invoice has nothing
 * to pay, no template is configured or the template is not a site path or an https URL (a
 * template with a backslash or a control character is refused; the filled URL must stay on the
 * template's own host). Tokens: {invoiceId}, {invoiceNumber}, {balance} (in the currency's own
 * decimals), {currency}; values are URL-encoded.
 */
export function paymentUrl(
    template: string | null | undefined,
    invoice: InvoiceDto
): string | null {
    const trimmed = template?.trim();
    if (!trimmed || hasUnsafeCharacter(trimmed) || !(invoice.balance > 0)) {
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

/** Adds the overdue styling and the pay link to each invoice. */
export function toRows(
    invoices: InvoiceDto[],
    labels: InvoiceLabels,
    paymentTemplate: string | null | undefined
): InvoiceRow[] {
    return invoices.map((invoice) => ({
        ...invoice,
        amountClass: invoice.overdue ? 'slds-text-color_error' : '',
        overdueIcon: invoice.overdue ? 'utility:warning' : null,
        overdueText: invoice.overdue ? labels.overdue : null,
        payUrl: paymentUrl(paymentTemplate, invoice)
    }));
}

/** The invoice list columns; the Pay column only when a payment page is configured. */
export function invoiceColumns(labels: InvoiceLabels, withPay: boolean): Column[] {
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
                title: labels.viewInvoice,
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
        { label: labels.colStatus, fieldName: 'status', type: 'text', hideDefaultActions: true },
        {
            label: labels.colPaymentStatus,
            fieldName: 'paymentStatus',
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
            typeAttributes: { label: labels.pay, target: '_blank' }
        });
    }
    return columns;
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

/** Formats an ISO date (yyyy-mm-dd) in the buyer's locale, without shifting the day. */
function formatDate(isoDate: string, locale?: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC'
    }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The billed period of a line: "start – end", one date, or empty for one-time charges. */
export function periodText(line: InvoiceLineDto, locale?: string): string {
    if (line.startDate && line.endDate) {
        return `${formatDate(line.startDate, locale)} – ${formatDate(line.endDate, locale)}`;
    }
    const single = line.startDate ?? line.endDate;
    return single ? formatDate(single, locale) : '';
}

/** Lines as table rows, each carrying its invoice's currency. */
export function toLineRows(detail: InvoiceDetailDto, locale?: string): InvoiceLineRow[] {
    return detail.lines.map((line) => ({
        ...line,
        currencyCode: detail.invoice.currencyCode,
        period: periodText(line, locale)
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

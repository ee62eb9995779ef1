import { LightningElement, api } from 'lwc';
import {
    LABELS,
    formatDate,
    lineColumns,
    paymentUrl,
    stateLabel,
    toCreditRows,
    toLineRows
} from 'c/invoiceView';
import type { Column, CreditRow, InvoiceLineRow, Layout } from 'c/invoiceView';
import type { InvoiceDetailDto, InvoiceDto } from '../../../../types/invoices';

/**
 * Presentational invoice detail: header facts in the user's locale, where the invoice stands,
 * lines (a table, or one card per line when narrow), the credit notes applied, PDF and Pay links.
 * The container loads the detail, owns Back and passes the layout in; this dispatches `pay` when
 * the buyer opens the payment page, and can take focus on its heading.
 */
export default class InvoiceDetail extends LightningElement {
    @api detail: InvoiceDetailDto | null = null;
    @api paymentPageUrl: string | null = null;
    @api layout: Layout = 'wide';

    labels = LABELS;
    columns: Column[] = lineColumns(LABELS);

    /** Moves focus to the invoice heading; false when there is none yet. */
    @api
    focusHeading(): boolean {
        const heading = this.template?.querySelector<HTMLElement>('.invoice-heading');
        heading?.focus();
        return Boolean(heading);
    }

    get invoice(): InvoiceDto | null {
        return this.detail?.invoice ?? null;
    }

    get isNarrow(): boolean {
        return this.layout === 'narrow';
    }

    get lines(): InvoiceLineRow[] {
        return this.detail ? toLineRows(this.detail) : [];
    }

    get credits(): CreditRow[] {
        return this.detail ? toCreditRows(this.detail) : [];
    }

    get hasCredits(): boolean {
        return this.credits.length > 0;
    }

    get stateText(): string {
        return this.invoice ? stateLabel(this.invoice.state, LABELS) : '';
    }

    get invoiceDateText(): string {
        return this.invoice ? formatDate(this.invoice.invoiceDate) : '';
    }

    get dueDateText(): string {
        return this.invoice?.dueDate ? formatDate(this.invoice.dueDate) : '';
    }

    get payUrl(): string | null {
        return this.invoice ? paymentUrl(this.paymentPageUrl, this.invoice) : null;
    }

    get payTitle(): string {
        return this.invoice ? `${LABELS.pay} ${this.invoice.invoiceNumber}` : LABELS.pay;
    }

    get pdfUrl(): string | null {
        return this.detail?.pdfUrl ?? null;
    }

    get balanceClass(): string {
        return this.invoice?.overdue ? 'slds-text-color_error' : '';
    }

    handlePayClick(): void {
        this.dispatchEvent(new CustomEvent('pay'));
    }
}

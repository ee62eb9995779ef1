import { LightningElement, api } from 'lwc';
import { LABELS, lineColumns, paymentUrl, toLineRows } from 'c/invoiceView';
import type { Column, InvoiceLineRow } from 'c/invoiceView';
import type { InvoiceDetailDto } from '../../../../types/invoices';

/**
 * Presentational invoice detail: header facts, lines, PDF and Pay links, and a way back. The
 * container loads the detail and passes it in; this dispatches `close` only.
 */
export default class InvoiceDetail extends LightningElement {
    @api detail: InvoiceDetailDto | null = null;
    @api paymentPageUrl: string | null = null;

    labels = LABELS;
    columns: Column[] = lineColumns(LABELS);

    get invoice() {
        return this.detail?.invoice ?? null;
    }

    get lines(): InvoiceLineRow[] {
        return this.detail ? toLineRows(this.detail) : [];
    }

    get payUrl(): string | null {
        return this.invoice ? paymentUrl(this.paymentPageUrl, this.invoice) : null;
    }

    get pdfUrl(): string | null {
        return this.detail?.pdfUrl ?? null;
    }

    get balanceClass(): string {
        return this.invoice?.overdue ? 'slds-text-color_error' : '';
    }

    handleBack(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }
}

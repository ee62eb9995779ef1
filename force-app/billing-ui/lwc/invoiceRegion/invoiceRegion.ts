import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/invoiceView';

/**
 * A part of My Invoices that loads on its own (the list, the detail): keeps its height while
 * loading, shows its spinner and `aria-busy`, and on an error the error panel with Try again
 * (dispatches `retry`). Its content comes through the slot.
 */
export default class InvoiceRegion extends LightningElement {
    /** Whether the region's data is loading. */
    @api loading = false;
    /** The error to explain, in any Lightning shape; null when there is none. */
    @api errors: unknown = null;
    /** The sentence the error panel leads with. */
    @api errorMessage = '';

    labels = LABELS;

    get busy(): string {
        return String(Boolean(this.loading));
    }

    get hasError(): boolean {
        return Boolean(this.errors);
    }

    handleRetry(): void {
        this.dispatchEvent(new CustomEvent('retry'));
    }
}

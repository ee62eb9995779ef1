import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/invoiceView';
import { fillLabel } from 'c/labelText';

/**
 * Presentational pager: Previous / page number / Next. It owns no data; it dispatches `previous`
 * and `next`, and the container decides what those mean.
 */
export default class InvoicePager extends LightningElement {
    @api pageNumber = 1;
    @api hasPrevious = false;
    @api hasNext = false;

    labels = LABELS;

    get pageText(): string {
        return fillLabel(LABELS.page, this.pageNumber);
    }

    get previousDisabled(): boolean {
        return !this.hasPrevious;
    }

    get nextDisabled(): boolean {
        return !this.hasNext;
    }

    handlePrevious(): void {
        this.dispatchEvent(new CustomEvent('previous'));
    }

    handleNext(): void {
        this.dispatchEvent(new CustomEvent('next'));
    }
}

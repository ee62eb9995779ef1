import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/invoiceView';

/** An invoice's due date as the list shows it (table cell or card): red, with a warning icon, when overdue. */
export default class InvoiceDueDate extends LightningElement {
    /** The date, already in the user's locale. */
    @api text = '';
    /** Whether the invoice is overdue. */
    @api overdue = false;

    labels = LABELS;

    get textClass(): string {
        return this.overdue ? 'slds-text-color_error' : '';
    }
}

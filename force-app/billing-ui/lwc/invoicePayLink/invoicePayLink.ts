import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/invoiceView';

/**
 * The one Pay link of My Invoices (table row, card, detail): opens the hosted payment page in a
 * new tab and dispatches `pay`, so the container reloads the balance when the buyer comes back.
 * The URL is already checked (invoiceView.paymentUrl).
 */
export default class InvoicePayLink extends LightningElement {
    /** The filled payment page URL. */
    @api url: string | null = null;
    /** Accessible name, e.g. "Pay INV-0042". */
    @api title = '';
    /** 'brand' for a button-styled link (cards, detail), 'link' for a plain one (table). */
    @api variant: 'brand' | 'link' = 'link';

    labels = LABELS;

    get linkClass(): string {
        return this.variant === 'brand' ? 'pay slds-button slds-button_brand' : 'pay';
    }

    handleClick(): void {
        this.dispatchEvent(new CustomEvent('pay'));
    }
}

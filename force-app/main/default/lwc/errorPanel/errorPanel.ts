import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/reduceErrors';
import type { LightningError } from 'c/reduceErrors';
import DEFAULT_MESSAGE from '@salesforce/label/c.Error_Panel_Default_Message';
import SHOW_DETAILS from '@salesforce/label/c.Error_Panel_Show_Details';
import HIDE_DETAILS from '@salesforce/label/c.Error_Panel_Hide_Details';

/**
 * Presentational error panel: a friendly sentence for the buyer and, on request, the messages the
 * server returned. Every component shows errors through it, so errors look and read the same.
 */
export default class ErrorPanel extends LightningElement {
    /** The error(s) to explain, in any Lightning shape. */
    @api errors: LightningError | LightningError[] = undefined;

    /** The sentence shown first; defaults to a generic, translated one. */
    @api friendlyMessage: string = DEFAULT_MESSAGE;

    detailsShown = false;

    get messages(): string[] {
        return reduceErrors(this.errors);
    }

    get hasDetails(): boolean {
        return this.messages.length > 0;
    }

    get toggleLabel(): string {
        return this.detailsShown ? HIDE_DETAILS : SHOW_DETAILS;
    }

    /** The details list is always rendered (aria-controls needs its target), hidden until asked. */
    get detailsHidden(): boolean {
        return !this.detailsShown;
    }

    get detailsExpanded(): string {
        return String(this.detailsShown);
    }

    handleToggleDetails(): void {
        this.detailsShown = !this.detailsShown;
    }
}

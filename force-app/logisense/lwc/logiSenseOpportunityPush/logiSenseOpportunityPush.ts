import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getPushState from '@salesforce/apex/LogiSensePushController.getPushState';
import push from '@salesforce/apex/LogiSensePushController.push';
import type { LogiSensePushState } from '../../../../types/logisense';
import TITLE from '@salesforce/label/c.LogiSense_Push_Title';
import BUTTON from '@salesforce/label/c.LogiSense_Push_Button';
import CHECKING from '@salesforce/label/c.LogiSense_Push_Checking';
import PUSHING from '@salesforce/label/c.LogiSense_Push_Pushing';
import DONE from '@salesforce/label/c.LogiSense_Push_Done';
import FAILED from '@salesforce/label/c.LogiSense_Push_Failed';
import LOAD_ERROR from '@salesforce/label/c.LogiSense_Push_Load_Error';
import AGAIN_NOTE from '@salesforce/label/c.LogiSense_Push_Again_Note';
import CLOSE from '@salesforce/label/c.LogiSense_Push_Close';

export const LABELS = {
    TITLE,
    BUTTON,
    CHECKING,
    PUSHING,
    DONE,
    FAILED,
    LOAD_ERROR,
    AGAIN_NOTE,
    CLOSE
};

/**
 * The Opportunity quick action "Push to LogiSense": says whether the opportunity may be pushed
 * (Closed Won, a LogiSense price book, an account LogiSense accepts) and why not, pushes it on the
 * rep's click (never by itself), and shows the result LogiSense gave.
 */
export default class LogiSenseOpportunityPush extends LightningElement {
    /** The opportunity (set by the quick action). */
    @api recordId: string | null = null;

    labels = LABELS;
    state: LogiSensePushState | null = null;
    isLoading = true;
    isPushing = false;
    error: unknown = null;
    private loadedFor: string | null = null;

    renderedCallback(): void {
        // A quick action sets recordId after connecting: load once it is there.
        if (this.recordId && this.loadedFor !== this.recordId) {
            this.loadedFor = this.recordId;
            this.load();
        }
    }

    async load(): Promise<void> {
        this.isLoading = true;
        this.error = null;
        try {
            this.state = await getPushState({ opportunityId: this.recordId! });
        } catch (error) {
            this.error = error;
        } finally {
            this.isLoading = false;
        }
    }

    get isBusy(): boolean {
        return this.isLoading || this.isPushing;
    }

    get busyText(): string {
        return this.isPushing ? LABELS.PUSHING : LABELS.CHECKING;
    }

    get reason(): string | null {
        return this.state && !this.state.canPush ? this.state.reason : null;
    }

    get pushDisabled(): boolean {
        return !this.state?.canPush || this.isBusy;
    }

    get pushedBefore(): boolean {
        return Boolean(this.state?.logiSenseId) && Boolean(this.state?.canPush);
    }

    get succeeded(): boolean {
        return this.state?.status === 'Pushed';
    }

    get failed(): boolean {
        return this.state?.status === 'Failed';
    }

    async handlePush(): Promise<void> {
        this.isPushing = true;
        this.error = null;
        try {
            this.state = await push({ opportunityId: this.recordId! });
            this.dispatchEvent(
                new ShowToastEvent({
                    title: TITLE,
                    message: this.succeeded ? DONE : `${FAILED} ${this.state.lastError ?? ''}`,
                    variant: this.succeeded ? 'success' : 'error'
                })
            );
        } catch (error) {
            this.error = error;
        } finally {
            this.isPushing = false;
        }
    }

    handleClose(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }
}

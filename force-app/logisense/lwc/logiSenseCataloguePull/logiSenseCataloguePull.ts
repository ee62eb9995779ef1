import { LightningElement } from 'lwc';
import getPriceBooks from '@salesforce/apex/LogiSenseCatalogueController.getPriceBooks';
import startPull from '@salesforce/apex/LogiSenseCatalogueController.startPull';
import getPull from '@salesforce/apex/LogiSenseCatalogueController.getPull';
import type { LogiSensePriceBook, LogiSensePullStatus } from '../../../../types/logisense';
import TITLE from '@salesforce/label/c.LogiSense_Pull_Title';
import INTRO from '@salesforce/label/c.LogiSense_Pull_Intro';
import CHOOSE from '@salesforce/label/c.LogiSense_Pull_Choose';
import PULLED from '@salesforce/label/c.LogiSense_Pull_Already_Pulled';
import START from '@salesforce/label/c.LogiSense_Pull_Start';
import AGAIN from '@salesforce/label/c.LogiSense_Pull_Again';
import LOADING from '@salesforce/label/c.LogiSense_Pull_Loading';
import NONE from '@salesforce/label/c.LogiSense_Pull_No_Price_Books';
import LOAD_ERROR from '@salesforce/label/c.LogiSense_Pull_Load_Error';
import START_ERROR from '@salesforce/label/c.LogiSense_Pull_Start_Error';
import PROGRESS from '@salesforce/label/c.LogiSense_Pull_Progress';
import WAITING from '@salesforce/label/c.LogiSense_Pull_Waiting';
import DONE from '@salesforce/label/c.LogiSense_Pull_Done';
import FAILED from '@salesforce/label/c.LogiSense_Pull_Failed';
import CREATED from '@salesforce/label/c.LogiSense_Pull_Created';
import UPDATED from '@salesforce/label/c.LogiSense_Pull_Updated';
import UNCHANGED from '@salesforce/label/c.LogiSense_Pull_Unchanged';
import FAILED_RECORDS from '@salesforce/label/c.LogiSense_Pull_Failed_Records';
import { fillLabel } from 'c/labelText';

export const LABELS = {
    TITLE,
    INTRO,
    CHOOSE,
    PULLED,
    START,
    AGAIN,
    LOADING,
    NONE,
    LOAD_ERROR,
    START_ERROR,
    PROGRESS,
    WAITING,
    DONE,
    FAILED,
    CREATED,
    UPDATED,
    UNCHANGED,
    FAILED_RECORDS
};

/** How often the component asks how the pull stands. */
export const POLL_MS = 2000;

/** Percent of the known pages done, 0 to 100 (0 while nothing is known). */
export function progressPercent(status: LogiSensePullStatus | null): number {
    if (!status || status.pagesTotal <= 0) {
        return 0;
    }
    return Math.min(100, Math.round((status.pagesDone / status.pagesTotal) * 100));
}

/** Whether the pull has ended, well or not. */
export function isFinished(status: LogiSensePullStatus | null): boolean {
    return status?.status === 'Done' || status?.status === 'Failed';
}

/** The summary's lines: created, updated, unchanged, failed. */
export function summaryRows(
    status: LogiSensePullStatus
): Array<{ key: string; label: string; value: number }> {
    return [
        { key: 'created', label: LABELS.CREATED, value: status.created },
        { key: 'updated', label: LABELS.UPDATED, value: status.updated },
        { key: 'unchanged', label: LABELS.UNCHANGED, value: status.unchanged },
        { key: 'failed', label: LABELS.FAILED_RECORDS, value: status.failed }
    ];
}

/**
 * An admin chooses LogiSense price books, starts a catalogue pull, watches its progress (the
 * Queueable chain updates a LogiSense Pull record, asked every two seconds) and reads its summary.
 */
export default class LogiSenseCataloguePull extends LightningElement {
    labels = LABELS;
    priceBooks: LogiSensePriceBook[] = [];
    chosen: string[] = [];
    isLoading = true;
    loadError: unknown = null;
    startError: unknown = null;
    isStarting = false;
    status: LogiSensePullStatus | null = null;
    private timer: ReturnType<typeof setTimeout> | null = null;

    connectedCallback(): void {
        this.load();
    }

    disconnectedCallback(): void {
        this.stopPolling();
    }

    async load(): Promise<void> {
        this.isLoading = true;
        this.loadError = null;
        try {
            this.priceBooks = await getPriceBooks();
        } catch (error) {
            this.loadError = error;
        } finally {
            this.isLoading = false;
        }
    }

    get options(): Array<{ label: string; value: string }> {
        return this.priceBooks.map((book) => ({
            label: book.pulled ? `${book.name} (${LABELS.PULLED})` : book.name,
            value: book.id
        }));
    }

    get hasPriceBooks(): boolean {
        return this.priceBooks.length > 0;
    }

    get showChooser(): boolean {
        return !this.isLoading && !this.loadError && this.hasPriceBooks && !this.status;
    }

    get showEmpty(): boolean {
        return !this.isLoading && !this.loadError && !this.hasPriceBooks;
    }

    get startDisabled(): boolean {
        return this.chosen.length === 0 || this.isStarting;
    }

    get isRunning(): boolean {
        return Boolean(this.status) && !isFinished(this.status);
    }

    get isWaiting(): boolean {
        return this.status?.status === 'Waiting';
    }

    get isDone(): boolean {
        return this.status?.status === 'Done';
    }

    get isFailed(): boolean {
        return this.status?.status === 'Failed';
    }

    get percent(): number {
        return progressPercent(this.status);
    }

    get progressText(): string {
        const status = this.status;
        return status
            ? fillLabel(
                  LABELS.PROGRESS,
                  status.pagesDone,
                  Math.max(status.pagesTotal, status.pagesDone)
              )
            : '';
    }

    get summary(): Array<{ key: string; label: string; value: number }> {
        return this.status ? summaryRows(this.status) : [];
    }

    get failureLines(): Array<{ key: number; text: string }> {
        return (this.status?.failures ?? []).map((text, key) => ({ key, text }));
    }

    get hasFailures(): boolean {
        return (this.status?.failures.length ?? 0) > 0;
    }

    handleChoose(event: CustomEvent<{ value: string[] }>): void {
        this.chosen = [...event.detail.value];
    }

    async handleStart(): Promise<void> {
        this.isStarting = true;
        this.startError = null;
        try {
            const pullId = await startPull({ priceBookIds: this.chosen });
            this.status = {
                id: pullId,
                status: 'Queued',
                step: null,
                pagesDone: 0,
                pagesTotal: 0,
                created: 0,
                updated: 0,
                unchanged: 0,
                failed: 0,
                failures: [],
                message: null
            };
            this.schedulePoll();
        } catch (error) {
            this.startError = error;
        } finally {
            this.isStarting = false;
        }
    }

    handleAgain(): void {
        this.stopPolling();
        this.status = null;
        this.chosen = [];
        this.load();
    }

    private schedulePoll(): void {
        this.stopPolling();
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- polling the pull's progress
        this.timer = setTimeout(() => this.poll(), POLL_MS);
    }

    private async poll(): Promise<void> {
        const pullId = this.status?.id;
        if (!pullId) {
            return;
        }
        try {
            this.status = await getPull({ pullId });
        } catch (error) {
            this.startError = error;
            return;
        }
        if (!isFinished(this.status)) {
            this.schedulePoll();
        }
    }

    private stopPolling(): void {
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = null;
        }
    }
}

/** A LogiSense price book to choose (LogiSenseCatalogueController.PriceBookOption). */
export interface LogiSensePriceBook {
    id: string;
    name: string;
    /** Whether a pull brought it into Salesforce already. */
    pulled: boolean;
}

/** Where a catalogue pull stands (LogiSenseCatalogueController.PullStatus). */
export interface LogiSensePullStatus {
    id: string;
    status: 'Queued' | 'Running' | 'Waiting' | 'Done' | 'Failed';
    step: string | null;
    pagesDone: number;
    pagesTotal: number;
    created: number;
    updated: number;
    unchanged: number;
    failed: number;
    failures: string[];
    message: string | null;
}

/** The push action's view of an opportunity (LogiSensePushCheck.State). */
export interface LogiSensePushState {
    canPush: boolean;
    /** Why it cannot be pushed, for the rep; null when it can. */
    reason: string | null;
    status: 'Pushed' | 'Failed' | null;
    lastError: string | null;
    /** What LogiSense holds for the opportunity. */
    logiSenseId: string | null;
}

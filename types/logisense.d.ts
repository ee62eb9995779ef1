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

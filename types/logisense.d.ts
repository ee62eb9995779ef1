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

/** One package-service row (PackageServicePricingController.RowDto). */
export interface PackageServiceRow {
    id: string;
    name: string;
    quantity: number;
    /** Left out (undefined) by Lightning when the service has none. */
    minimum?: number | null;
    /** Left out (undefined) by Lightning when the service has none. */
    maximum?: number | null;
    recurring: number;
    oneTime: number;
    estimatedUsage: number;
    /** JSON map of service state to recurring price (the billable state's is `recurring`). */
    statePrices: string | null;
    /** JSON list of { from, to, amount }. */
    transitions: string | null;
    /** JSON list of { start, end, rate }. */
    usageTiers: string | null;
    /**
     * JSON of the catalogue values: { quantity, recurring, oneTime, estimatedUsage, statePrices,
     * transitions (amounts), tierRates }.
     */
    defaults: string | null;
    /** When the row was last saved; a save sends it back (null: a row not saved yet). */
    stamp: string | null;
}

/** The pricing screen's data (PackageServicePricingController.ServicesView). */
export interface PackageServicesView {
    /** The package frequency the totals use (Monthly when the product's is unknown). */
    frequency: string;
    /** The product's frequency as LogiSense gave it, when it is not one the price math knows. */
    unknownFrequency?: string | null;
    /** The service state whose price is `recurring` (Active). */
    billableState: string;
    /** Whether the rep may save; else the screen is read-only. */
    canEdit: boolean;
    productName: string;
    rows: PackageServiceRow[];
}

/** An edited row as the screen sends it. */
export interface PackageServiceEdit {
    id: string;
    quantity: number;
    recurring: number;
    oneTime: number;
    estimatedUsage: number;
    /** The other states' recurring prices, by state. */
    statePrices: Record<string, number>;
    /** The transition charges' amounts, in the row's order. */
    transitions: number[];
    /** The usage tiers' rates, in the row's order. */
    tierRates: number[];
    stamp: string | null;
}

/** An opportunity product the pricing screen can price (PackageServicePricingController.ProductOption). */
export interface PricedProduct {
    id: string;
    name: string;
}

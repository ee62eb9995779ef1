// The Apex methods the components call, typed with the DTOs they return (types/invoices.d.ts), so
// a renamed argument or field fails `npm run typecheck`. A script file: these exact module names
// win over the `@salesforce/apex/*` wildcard of lwc-platform.d.ts.

declare module '@salesforce/apex/MyInvoicesController.getInvoices' {
    /** One page of the account's issued invoices. */
    export default function getInvoices(
        params: import('./invoices').GetInvoicesParams
    ): Promise<import('./invoices').InvoicePage>;
}

declare module '@salesforce/apex/MyInvoicesController.getInvoiceDetail' {
    /** One invoice with its lines, credits and PDF link. */
    export default function getInvoiceDetail(
        params: import('./invoices').GetInvoiceDetailParams
    ): Promise<import('./invoices').InvoiceDetailDto>;
}

declare module '@salesforce/apex/LogiSenseCatalogueController.getPriceBooks' {
    /** The LogiSense price books, each saying whether it was pulled. */
    export default function getPriceBooks(): Promise<import('./logisense').LogiSensePriceBook[]>;
}

declare module '@salesforce/apex/LogiSenseCatalogueController.startPull' {
    /** Starts a pull of the chosen price books; resolves to the LogiSense Pull record's Id. */
    export default function startPull(params: { priceBookIds: string[] }): Promise<string>;
}

declare module '@salesforce/apex/LogiSenseCatalogueController.getPull' {
    /** A pull's progress and summary. */
    export default function getPull(params: {
        pullId: string;
    }): Promise<import('./logisense').LogiSensePullStatus>;
}

declare module '@salesforce/apex/LogiSensePushController.getPushState' {
    /** Whether the opportunity may be pushed to LogiSense, and its last result. */
    export default function getPushState(params: {
        opportunityId: string;
    }): Promise<import('./logisense').LogiSensePushState>;
}

declare module '@salesforce/apex/LogiSensePushController.push' {
    /** Pushes the opportunity now; resolves to its state after the push. */
    export default function push(params: {
        opportunityId: string;
    }): Promise<import('./logisense').LogiSensePushState>;
}

declare module '@salesforce/apex/PackageServicePricingController.getServices' {
    /** An opportunity product's package services (made from the catalogue the first time). */
    export default function getServices(params: {
        opportunityProductId: string;
    }): Promise<import('./logisense').PackageServicesView>;
}

declare module '@salesforce/apex/PackageServicePricingController.save' {
    /** Saves the edited rows; resolves to the unit price the server computed and wrote. */
    export default function save(params: {
        opportunityProductId: string;
        edits: import('./logisense').PackageServiceEdit[];
    }): Promise<number>;
}

declare module '@salesforce/apex/PackageServicePricingController.getPackageProducts' {
    /** The opportunity's products that are LogiSense packages. */
    export default function getPackageProducts(params: {
        opportunityId: string;
    }): Promise<import('./logisense').PricedProduct[]>;
}

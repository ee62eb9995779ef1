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

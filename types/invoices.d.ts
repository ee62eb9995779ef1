// The DTOs MyInvoicesController returns, described once for the component, its tests and the
// workbench's sample data. Keep in step with MyInvoicesController.InvoiceDto and friends.

/** One Billing invoice as a buyer sees it in the list. */
export interface InvoiceDto {
    id: string;
    /** Invoice number (blng__Invoice__c.Name). */
    invoiceNumber: string;
    /** ISO date, yyyy-mm-dd. */
    invoiceDate: string;
    /** ISO date, or null when Billing set none. */
    dueDate: string | null;
    /** Billing's invoice status in the user's language (Posted or Rebilled, translated). */
    status: string;
    /** Billing's invoice status, API value: Posted or Rebilled. */
    statusCode: string;
    /** Where the invoice stands, derived by the server from balance, payments and credits. */
    state: InvoiceState;
    totalAmount: number;
    balance: number;
    /** ISO currency code of the invoice. */
    currencyCode: string;
    /** Payable and due date before today (server's today). */
    overdue: boolean;
    /** Posted with a balance above zero: the buyer may pay it. */
    payable: boolean;
}

/** InvoiceSettlement's states (force-app/billing-ui/classes/InvoiceSettlement.cls). */
export type InvoiceState =
    'unpaid' | 'partiallyPaid' | 'partiallyCredited' | 'paid' | 'credited' | 'rebilled';

/** A credit note applied to an invoice (InvoiceCredits.CreditDto). */
export interface CreditDto {
    id: string;
    /** Credit note number (blng__CreditNote__c.Name). */
    creditNoteNumber: string;
    /** ISO date, or null when Billing set none. */
    creditNoteDate: string | null;
    /** Amount applied to this invoice, net of unallocations, in the invoice's currency. */
    amount: number;
}

/** One page of invoices, newest (or per sort) first. */
export interface InvoicePage {
    invoices: InvoiceDto[];
    /** Opaque keyset cursor for the next page, null on the last page. */
    nextCursor: string | null;
    /** Name of the account whose invoices these are. */
    accountName: string;
    /**
     * Billing's hosted payment page for Pay, `https://<payment site>/?id={invoiceId}`, when the
     * org's Payment Path is Hosted Page; null otherwise (the component's own URL is used).
     */
    paymentPageTemplate?: string | null;
}

/** One invoice line in the detail view. */
export interface InvoiceLineDto {
    id: string;
    productName: string;
    /** ISO dates of the billed period; null for one-time charges. */
    startDate: string | null;
    endDate: string | null;
    quantity: number;
    unitPrice: number;
    taxAmount: number;
    totalAmount: number;
}

/** An invoice with its lines, applied credit notes and, when Billing stored one, its PDF. */
export interface InvoiceDetailDto {
    invoice: InvoiceDto;
    lines: InvoiceLineDto[];
    /** Credit notes applied to it, oldest first. */
    credits: CreditDto[];
    /** Download link of Billing's invoice PDF under the site's path prefix, or null. */
    pdfUrl: string | null;
}

/** Status filter values the component sends. */
export type InvoiceStatusFilter = 'all' | 'open' | 'overdue' | 'paid';

/** Columns the list can be sorted by. */
export type InvoiceSortField =
    'invoiceDate' | 'dueDate' | 'invoiceNumber' | 'totalAmount' | 'balance';

/** Exact arguments of MyInvoicesController.getInvoices. */
export interface GetInvoicesParams {
    /** Account record page id (internal users) or storefront effective account; verified on the server. */
    requestedAccountId: string | null;
    statusFilter: InvoiceStatusFilter;
    /** ISO dates bounding the invoice date, inclusive; null for open-ended. */
    fromDate: string | null;
    toDate: string | null;
    sortBy: InvoiceSortField;
    sortDirection: 'asc' | 'desc';
    pageSize: number;
    /** nextCursor of the previous page; null for the first page. */
    cursor: string | null;
}

/** Exact arguments of MyInvoicesController.getInvoiceDetail. */
export interface GetInvoiceDetailParams {
    invoiceId: string;
    /** As for GetInvoicesParams; verified on the server. */
    requestedAccountId: string | null;
}

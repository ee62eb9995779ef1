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
    /** blng__InvoiceStatus__c, e.g. Posted. */
    status: string;
    /** blng__PaymentStatus__c: Paid, Unpaid, Partially Paid. */
    paymentStatus: string | null;
    totalAmount: number;
    balance: number;
    /** ISO currency code of the invoice. */
    currencyCode: string;
    /** Balance above zero and due date before today (server's today). */
    overdue: boolean;
}

/** One page of invoices, newest (or per sort) first. */
export interface InvoicePage {
    invoices: InvoiceDto[];
    /** Opaque keyset cursor for the next page, null on the last page. */
    nextCursor: string | null;
    /** Name of the account whose invoices these are. */
    accountName: string;
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

/** An invoice with its lines and, when Billing stored one, its PDF. */
export interface InvoiceDetailDto {
    invoice: InvoiceDto;
    lines: InvoiceLineDto[];
    /** Relative download URL of the invoice PDF, or null. */
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

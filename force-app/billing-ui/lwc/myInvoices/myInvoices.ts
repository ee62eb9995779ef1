import { LightningElement, api } from 'lwc';
import getInvoices from '@salesforce/apex/MyInvoicesController.getInvoices';
import getInvoiceDetail from '@salesforce/apex/MyInvoicesController.getInvoiceDetail';
import { LABELS, invoiceColumns, statusOptions, toRows } from 'c/invoiceView';
import type { Column, InvoiceRow } from 'c/invoiceView';
import type {
    GetInvoicesParams,
    InvoiceDetailDto,
    InvoicePage,
    InvoiceSortField,
    InvoiceStatusFilter
} from '../../../../types/invoices';

const DEFAULT_PAGE_SIZE = 20;

/**
 * My Invoices: the Salesforce Billing invoices of the buyer's account, for storefront pages and
 * Account record pages. The server decides whose invoices these are; the account id passed in is
 * only a request it verifies. Owns the data and the paging (keyset cursors, one per page visited,
 * so Previous needs no offset); the table, pager and detail view are presentational.
 */
export default class MyInvoices extends LightningElement {
    /** Account record page: the account to show (verified on the server). */
    @api recordId: string | null = null;
    /** Storefront: the buyer's effective account, when the site sets one (verified on the server). */
    @api effectiveAccountId: string | null = null;
    /** Invoices per page, set in the builder. */
    @api pageSize: number = DEFAULT_PAGE_SIZE;
    /** Hosted payment page URL with {invoiceId}, {invoiceNumber}, {balance}, {currency} tokens. */
    @api paymentPageUrl: string | null = null;

    labels = LABELS;
    statusOptions = statusOptions(LABELS);
    statusFilter: InvoiceStatusFilter = 'all';
    fromDate: string | null = null;
    toDate: string | null = null;
    sortBy: InvoiceSortField = 'invoiceDate';
    sortDirection: 'asc' | 'desc' = 'desc';

    rows: InvoiceRow[] = [];
    accountName = '';
    error: unknown = null;
    isLoading = false;
    /** cursors[i] loads page i + 1; the last one is the page on screen. */
    cursors: Array<string | null> = [null];
    nextCursor: string | null = null;

    detail: InvoiceDetailDto | null = null;
    detailError: unknown = null;
    detailLoading = false;
    showDetail = false;
    /** Each opened detail gets a number; a response for an older one is dropped. */
    private detailRequest = 0;

    private requestNumber = 0;

    connectedCallback(): void {
        this.load();
    }

    get columns(): Column[] {
        return invoiceColumns(LABELS, Boolean(this.paymentPageUrl));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return !this.isLoading && !this.error && this.rows.length === 0;
    }

    get pageNumber(): number {
        return this.cursors.length;
    }

    get hasPrevious(): boolean {
        return this.cursors.length > 1 && !this.isLoading;
    }

    get hasNext(): boolean {
        return this.nextCursor !== null && !this.isLoading;
    }

    get cardTitle(): string {
        return this.accountName ? `${LABELS.title} · ${this.accountName}` : LABELS.title;
    }

    get requestedAccountId(): string | null {
        return this.recordId || this.effectiveAccountId || null;
    }

    private params(): GetInvoicesParams {
        const size = Number(this.pageSize);
        return {
            requestedAccountId: this.requestedAccountId,
            statusFilter: this.statusFilter,
            fromDate: this.fromDate || null,
            toDate: this.toDate || null,
            sortBy: this.sortBy,
            sortDirection: this.sortDirection,
            pageSize: Number.isInteger(size) && size > 0 ? size : DEFAULT_PAGE_SIZE,
            cursor: this.cursors[this.cursors.length - 1]
        };
    }

    /** Loads the page the last cursor points at; a slower earlier answer never overwrites it. */
    async load(): Promise<void> {
        const request = ++this.requestNumber;
        this.isLoading = true;
        this.error = null;
        try {
            const page: InvoicePage = await getInvoices(this.params());
            if (request === this.requestNumber) {
                this.rows = toRows(page.invoices, LABELS, this.paymentPageUrl);
                this.nextCursor = page.nextCursor;
                this.accountName = page.accountName;
            }
        } catch (error) {
            if (request === this.requestNumber) {
                this.error = error;
                this.rows = [];
                this.nextCursor = null;
            }
        } finally {
            if (request === this.requestNumber) {
                this.isLoading = false;
            }
        }
    }

    private restart(): void {
        this.cursors = [null];
        this.load();
    }

    handleStatusChange(event: CustomEvent<{ value: InvoiceStatusFilter }>): void {
        this.statusFilter = event.detail.value;
        this.restart();
    }

    handleFromDateChange(event: CustomEvent<{ value: string }>): void {
        this.fromDate = event.detail.value || null;
        this.restart();
    }

    handleToDateChange(event: CustomEvent<{ value: string }>): void {
        this.toDate = event.detail.value || null;
        this.restart();
    }

    handleSort(
        event: CustomEvent<{ fieldName: InvoiceSortField; sortDirection: 'asc' | 'desc' }>
    ): void {
        this.sortBy = event.detail.fieldName;
        this.sortDirection = event.detail.sortDirection;
        this.restart();
    }

    handleNext(): void {
        if (this.nextCursor) {
            this.cursors = [...this.cursors, this.nextCursor];
            this.load();
        }
    }

    handlePrevious(): void {
        if (this.cursors.length > 1) {
            this.cursors = this.cursors.slice(0, -1);
            this.load();
        }
    }

    async handleRowAction(
        event: CustomEvent<{ action: { name: string }; row: InvoiceRow }>
    ): Promise<void> {
        if (event.detail.action.name !== 'view') {
            return;
        }
        const request = ++this.detailRequest;
        this.showDetail = true;
        this.detail = null;
        this.detailError = null;
        this.detailLoading = true;
        try {
            const detail = await getInvoiceDetail({
                invoiceId: event.detail.row.id,
                requestedAccountId: this.requestedAccountId
            });
            if (request === this.detailRequest) {
                this.detail = detail;
            }
        } catch (error) {
            if (request === this.detailRequest) {
                this.detailError = error;
            }
        } finally {
            if (request === this.detailRequest) {
                this.detailLoading = false;
            }
        }
    }

    /** The list's own spinner; the detail has its own. */
    get listLoading(): boolean {
        return this.isLoading && !this.showDetail;
    }

    handleCloseDetail(): void {
        this.detailRequest++; // a detail still loading is no longer wanted
        this.showDetail = false;
        this.detail = null;
        this.detailError = null;
        this.detailLoading = false;
    }
}

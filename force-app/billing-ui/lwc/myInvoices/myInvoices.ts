import { LightningElement, api } from 'lwc';
import getInvoices from '@salesforce/apex/MyInvoicesController.getInvoices';
import getInvoiceDetail from '@salesforce/apex/MyInvoicesController.getInvoiceDetail';
import {
    LABELS,
    anyPayable,
    dateRangeErrors,
    invoiceColumns,
    layoutFor,
    sortOptions,
    statusOptions,
    toRows
} from 'c/invoiceView';
import type { Column, InvoiceRow, Layout } from 'c/invoiceView';
import type {
    GetInvoicesParams,
    InvoiceDetailDto,
    InvoicePage,
    InvoiceSortField,
    InvoiceStatusFilter
} from '../../../../types/invoices';

const DEFAULT_PAGE_SIZE = 20;

/** A column header of the invoice table, with its sort state. */
interface Header extends Column {
    ariaSort: 'ascending' | 'descending' | 'none' | null;
    sortIcon: string | null;
    thClass: string;
}

/** Focus to move once the next render is done. */
type PendingFocus = { kind: 'detail' } | { kind: 'row'; invoiceId: string } | null;

/** lightning-input as the date handlers see it. */
interface DateInput extends HTMLElement {
    value: string;
    validity?: { badInput?: boolean };
    setCustomValidity(message: string): void;
    reportValidity(): boolean;
}

/**
 * My Invoices: the Salesforce Billing invoices of the buyer's account, for storefront pages
 * (Experience Builder, or a B2B Commerce for Visualforce page through Lightning Out) and Account
 * record pages. The server decides whose invoices these are; the account id passed in is only a
 * request it verifies. Owns the data, the paging (keyset cursors, one per page visited, so
 * Previous needs no offset), focus and the layout for its own width: one card per invoice when
 * narrow, a table without the least needed columns when medium, the full table when wide.
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
    /** Billing's hosted payment page as the org configures it (Payment Path = Hosted Page). */
    orgPaymentPage: string | null = null;

    labels = LABELS;
    statusOptions = statusOptions(LABELS);
    sortOptions = sortOptions(LABELS);
    statusFilter: InvoiceStatusFilter = 'all';
    fromDate: string | null = null;
    toDate: string | null = null;
    sortBy: InvoiceSortField = 'invoiceDate';
    sortDirection: 'asc' | 'desc' = 'desc';
    layout: Layout = 'wide';

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
    /** The invoice opened last: Try again reopens it, Back returns focus to its row. */
    private openedId: string | null = null;
    /** Each opened detail gets a number; a response for an older one is dropped. */
    private detailRequest = 0;
    private requestNumber = 0;
    private pendingFocus: PendingFocus = null;
    /** Set when the buyer opens a payment page; the list reloads when they come back. */
    private paymentOpened = false;
    private resizeObserver: ResizeObserver | null = null;
    private readonly onResize = (): void => this.measure();
    private readonly onReturn = (): void => this.refreshAfterPayment();

    connectedCallback(): void {
        this.load();
        window.addEventListener('focus', this.onReturn);
        document.addEventListener('visibilitychange', this.onReturn);
    }

    renderedCallback(): void {
        if (!this.resizeObserver) {
            this.observeWidth();
        }
        this.moveFocus();
    }

    disconnectedCallback(): void {
        this.resizeObserver?.disconnect();
        this.resizeObserver = null;
        window.removeEventListener('resize', this.onResize);
        window.removeEventListener('focus', this.onReturn);
        document.removeEventListener('visibilitychange', this.onReturn);
    }

    private observeWidth(): void {
        const root = this.template?.querySelector('.my-invoices');
        if (!root) {
            return;
        }
        let observer: ResizeObserver | null = null;
        try {
            observer =
                typeof ResizeObserver === 'function' ? new ResizeObserver(this.onResize) : null;
            observer?.observe(root);
        } catch {
            observer = null; // e.g. a container that refuses it: fall back to the window
        }
        if (observer) {
            this.resizeObserver = observer;
        } else {
            // No ResizeObserver: the window's size is the next best signal.
            this.resizeObserver = { disconnect: () => undefined } as ResizeObserver;
            window.addEventListener('resize', this.onResize);
        }
        this.measure();
    }

    /** Picks the layout for the component's own width (the storefront column, not the window). */
    private measure(): void {
        const root = this.template?.querySelector('.my-invoices');
        const layout = layoutFor(root ? root.getBoundingClientRect().width : 0);
        if (layout !== this.layout) {
            this.layout = layout;
        }
    }

    /** The Pay link's template: the org's hosted payment page when it is set, else the page's own. */
    get paymentTemplate(): string | null {
        return this.orgPaymentPage ?? this.paymentPageUrl;
    }

    get isNarrow(): boolean {
        return this.layout === 'narrow';
    }

    get columns(): Column[] {
        return invoiceColumns(
            LABELS,
            Boolean(this.paymentTemplate) && anyPayable(this.rows),
            this.layout
        );
    }

    /** The table's headers: sortable ones are buttons, the sorted one carries aria-sort. */
    get headers(): Header[] {
        return this.columns.map((column) => {
            const sorted = column.sortable && column.fieldName === this.sortBy;
            const ascending = this.sortDirection === 'asc';
            return {
                ...column,
                ariaSort: column.sortable
                    ? sorted
                        ? ascending
                            ? 'ascending'
                            : 'descending'
                        : 'none'
                    : null,
                sortIcon: sorted ? (ascending ? 'utility:arrowup' : 'utility:arrowdown') : null,
                thClass: ['totalAmount', 'balance'].includes(column.fieldName)
                    ? 'slds-text-align_right'
                    : ''
            };
        });
    }

    get showInvoiceDate(): boolean {
        return this.columns.some((column) => column.fieldName === 'invoiceDate');
    }

    get showTotal(): boolean {
        return this.columns.some((column) => column.fieldName === 'totalAmount');
    }

    get showPay(): boolean {
        return this.columns.some((column) => column.fieldName === 'payUrl');
    }

    get sortValue(): string {
        return `${this.sortBy} ${this.sortDirection}`;
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return !this.isLoading && !this.error && this.rows.length === 0;
    }

    get filtersSet(): boolean {
        return this.statusFilter !== 'all' || Boolean(this.fromDate) || Boolean(this.toDate);
    }

    /** "No invoices yet" unless filters are set, then "none match these filters". */
    get emptyMessage(): string {
        return this.filtersSet ? LABELS.empty : LABELS.emptyNoFilters;
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

    /**
     * The sentence an error panel leads with: the server's own message when it sent one (the
     * controller only sends buyer-safe ones, such as "Invoices of X aren't shared with you yet"),
     * else the generic label.
     */
    private static leadMessage(error: unknown, fallback: string): string {
        const message = (error as { body?: { message?: unknown } } | null)?.body?.message;
        return typeof message === 'string' && message.trim() ? message : fallback;
    }

    get listErrorMessage(): string {
        return MyInvoices.leadMessage(this.error, LABELS.loadError);
    }

    get detailErrorMessage(): string {
        return MyInvoices.leadMessage(this.detailError, LABELS.detailError);
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
                this.orgPaymentPage = page.paymentPageTemplate ?? null;
                this.rows = toRows(page.invoices, LABELS, this.paymentTemplate);
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

    handleRetry(): void {
        this.load();
    }

    handleStatusChange(event: CustomEvent<{ value: InvoiceStatusFilter }>): void {
        this.statusFilter = event.detail.value;
        this.restart();
    }

    handleFromDateChange(event: CustomEvent<{ value: string }>): void {
        this.changeDates(event.target as DateInput, 'from', event.detail.value || null);
    }

    handleToDateChange(event: CustomEvent<{ value: string }>): void {
        this.changeDates(event.target as DateInput, 'to', event.detail.value || null);
    }

    /**
     * Takes a new date bound. A date that does not parse, or a range that ends before it starts,
     * is flagged at the field and nothing is loaded (rather than silently showing nothing, or
     * everything); a usable range reloads from the first page.
     */
    private changeDates(input: DateInput, bound: 'from' | 'to', value: string | null): void {
        const unparsed = Boolean(input?.validity?.badInput);
        if (bound === 'from') {
            this.fromDate = value;
        } else {
            this.toDate = value;
        }
        const errors = dateRangeErrors(this.fromDate, this.toDate, LABELS) ?? { from: '', to: '' };
        if (unparsed) {
            errors[bound] = LABELS.dateInvalid;
        }
        const fromInput = this.template?.querySelector<DateInput>('.from-date');
        const toInput = this.template?.querySelector<DateInput>('.to-date');
        for (const [field, message] of [
            [fromInput, errors.from],
            [toInput, errors.to]
        ] as Array<[DateInput | null, string]>) {
            field?.setCustomValidity(message);
            field?.reportValidity();
        }
        if (!errors.from && !errors.to) {
            this.restart();
        }
    }

    /** Column header click: that column, descending first; again flips the direction. */
    handleHeaderSort(event: Event): void {
        const field = (event.currentTarget as HTMLElement).dataset.field as InvoiceSortField;
        this.sortDirection =
            field === this.sortBy && this.sortDirection === 'desc' ? 'asc' : 'desc';
        this.sortBy = field;
        this.restart();
    }

    /** The card layout's Sort by choice ("field direction"). */
    handleSortChoice(event: CustomEvent<{ value: string }>): void {
        const [field, direction] = event.detail.value.split(' ');
        this.sortBy = field as InvoiceSortField;
        this.sortDirection = direction === 'asc' ? 'asc' : 'desc';
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

    handleView(event: Event): void {
        const invoiceId = (event.currentTarget as HTMLElement).dataset.id;
        if (invoiceId) {
            this.openDetail(invoiceId);
        }
    }

    handleDetailRetry(): void {
        if (this.openedId) {
            this.openDetail(this.openedId);
        }
    }

    private async openDetail(invoiceId: string, takeFocus = true): Promise<void> {
        const request = ++this.detailRequest;
        this.openedId = invoiceId;
        this.showDetail = true;
        this.detail = null;
        this.detailError = null;
        this.detailLoading = true;
        this.pendingFocus = takeFocus ? { kind: 'detail' } : null;
        try {
            const detail = await getInvoiceDetail({
                invoiceId,
                requestedAccountId: this.requestedAccountId
            });
            if (request === this.detailRequest) {
                this.detail = detail;
                this.pendingFocus = takeFocus ? { kind: 'detail' } : null;
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

    /** Back, also while the detail is still loading: the late answer is dropped. */
    handleCloseDetail(): void {
        this.detailRequest++;
        this.showDetail = false;
        this.detail = null;
        this.detailError = null;
        this.detailLoading = false;
        if (this.openedId) {
            this.pendingFocus = { kind: 'row', invoiceId: this.openedId };
        }
    }

    /** The buyer opened a payment page (list or detail); reload when they come back. */
    handlePayClick(): void {
        this.paymentOpened = true;
    }

    private refreshAfterPayment(): void {
        if (!this.paymentOpened || document.visibilityState === 'hidden') {
            return;
        }
        this.paymentOpened = false;
        this.load();
        if (this.showDetail && this.openedId) {
            this.openDetail(this.openedId, false); // fresh balance, focus stays where it is
        }
    }

    /**
     * Opening a detail moves focus to its heading (to Back while it loads); Back returns focus to
     * the opened invoice's button in the list.
     */
    private moveFocus(): void {
        const pending = this.pendingFocus;
        if (!pending) {
            return;
        }
        if (pending.kind === 'detail') {
            const detail = this.template?.querySelector<HTMLElement & { focusHeading(): boolean }>(
                'c-invoice-detail'
            );
            if (this.detail && detail?.focusHeading()) {
                this.pendingFocus = null;
            } else if (!this.detail) {
                this.template?.querySelector<HTMLElement>('.back')?.focus();
                if (!this.detailLoading) {
                    this.pendingFocus = null;
                }
            }
            return;
        }
        const button = this.template?.querySelector<HTMLElement>(
            `.view-invoice[data-id="${pending.invoiceId}"]`
        );
        if (button) {
            button.focus();
            this.pendingFocus = null;
        }
    }
}

import MyInvoices from 'c/myInvoices';
import getInvoices from '@salesforce/apex/MyInvoicesController.getInvoices';
import getInvoiceDetail from '@salesforce/apex/MyInvoicesController.getInvoiceDetail';
import PAGE_1 from './data/invoicePage1.json';
import PAGE_2 from './data/invoicePage2.json';
import DETAIL from './data/invoiceDetail.json';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

jest.mock('@salesforce/apex/MyInvoicesController.getInvoices', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/MyInvoicesController.getInvoiceDetail',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockGetInvoices = getInvoices as unknown as jest.Mock;
const mockGetInvoiceDetail = getInvoiceDetail as unknown as jest.Mock;

const FIRST_PAGE_ARGS = {
    requestedAccountId: null,
    statusFilter: 'all',
    fromDate: null,
    toDate: null,
    sortBy: 'invoiceDate',
    sortDirection: 'desc',
    pageSize: 20,
    cursor: null
};

async function mount(props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = mountComponent('c-my-invoices', MyInvoices, props);
    await flushPromises();
    return element;
}

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;

describe('c-my-invoices', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('asks for the first page, newest first, and shows its invoices', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();

        expect(mockGetInvoices).toHaveBeenCalledTimes(1);
        expect(mockGetInvoices).toHaveBeenCalledWith(FIRST_PAGE_ARGS);
        const table = $(element, 'lightning-datatable');
        expect(table.data.map((row: { invoiceNumber: string }) => row.invoiceNumber)).toEqual([
            'INV-0042',
            'INV-0041'
        ]);
        expect(table.sortedBy).toBe('invoiceDate');
        expect(table.sortedDirection).toBe('desc');
        expect($(element, 'lightning-card').title).toBe('c.My_Invoices_Title · Ursa Major Solar');
        await expect(element).toBeAccessible();
    });

    it("shows amounts in each invoice's own currency and highlights overdue ones", async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();

        const table = $(element, 'lightning-datatable');
        const total = table.columns.find(
            (c: { fieldName: string }) => c.fieldName === 'totalAmount'
        );
        expect(total.type).toBe('currency');
        expect(total.typeAttributes.currencyCode).toEqual({ fieldName: 'currencyCode' });
        expect(table.data[1]).toMatchObject({
            currencyCode: 'EUR',
            balance: 480.25,
            amountClass: 'slds-text-color_error',
            overdueIcon: 'utility:warning',
            overdueText: 'c.My_Invoices_Overdue'
        });
        expect(table.data[0]).toMatchObject({ amountClass: '', overdueIcon: null });
        expect(table.columns.some((c: { fieldName: string }) => c.fieldName === 'payUrl')).toBe(
            false
        );
    });

    it('sends the record page account and the builder page size', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        await mount({ recordId: '001000000000001AAA', pageSize: 50 });

        expect(mockGetInvoices).toHaveBeenCalledWith({
            ...FIRST_PAGE_ARGS,
            requestedAccountId: '001000000000001AAA',
            pageSize: 50
        });
    });

    it('pages forward with the keyset cursor and back to the page before', async () => {
        mockGetInvoices
            .mockResolvedValueOnce(PAGE_1)
            .mockResolvedValueOnce(PAGE_2)
            .mockResolvedValueOnce(PAGE_1);
        const element = await mount();
        const pager = () => $(element, 'c-invoice-pager');
        expect(pager().pageNumber).toBe(1);
        expect(pager().hasPrevious).toBe(false);
        expect(pager().hasNext).toBe(true);

        pager().dispatchEvent(new CustomEvent('next'));
        await flushPromises();

        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            cursor: 'cursor-page-2'
        });
        expect($(element, 'lightning-datatable').data.map((r: { id: string }) => r.id)).toEqual([
            'a1A000000000003AAA'
        ]);
        expect(pager().pageNumber).toBe(2);
        expect(pager().hasNext).toBe(false);
        expect(pager().hasPrevious).toBe(true);

        pager().dispatchEvent(new CustomEvent('previous'));
        await flushPromises();

        expect(mockGetInvoices).toHaveBeenLastCalledWith(FIRST_PAGE_ARGS);
        expect(pager().pageNumber).toBe(1);
        expect(mockGetInvoices).toHaveBeenCalledTimes(3);
    });

    it('filters by status and invoice date from the first page again', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();
        $(element, 'c-invoice-pager').dispatchEvent(new CustomEvent('next'));
        await flushPromises();

        const status = $(element, 'lightning-combobox');
        expect(status.options.map((o: { value: string }) => o.value)).toEqual([
            'all',
            'open',
            'overdue',
            'paid'
        ]);
        status.dispatchEvent(new CustomEvent('change', { detail: { value: 'overdue' } }));
        await flushPromises();
        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            statusFilter: 'overdue'
        });

        $(element, 'lightning-input.from-date').dispatchEvent(
            new CustomEvent('change', { detail: { value: '2026-01-01' } })
        );
        await flushPromises();
        $(element, 'lightning-input.to-date').dispatchEvent(
            new CustomEvent('change', { detail: { value: '2026-06-30' } })
        );
        await flushPromises();

        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            statusFilter: 'overdue',
            fromDate: '2026-01-01',
            toDate: '2026-06-30'
        });
        expect($(element, 'c-invoice-pager').pageNumber).toBe(1);
    });

    it('sorts by the column the buyer chose', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();

        $(element, 'lightning-datatable').dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'balance', sortDirection: 'asc' } })
        );
        await flushPromises();

        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            sortBy: 'balance',
            sortDirection: 'asc'
        });
        expect($(element, 'lightning-datatable').sortedBy).toBe('balance');
        expect($(element, 'lightning-datatable').sortedDirection).toBe('asc');
    });

    it('says so when no invoice matches', async () => {
        mockGetInvoices.mockResolvedValue({
            accountName: 'Ursa Major Solar',
            nextCursor: null,
            invoices: []
        });
        const element = await mount();

        expect($(element, '.empty-state').textContent).toBe('c.My_Invoices_Empty');
        expect($(element, 'lightning-datatable')).toBeNull();
        expect($(element, 'c-invoice-pager')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the server refuses', async () => {
        const refusal = { body: { message: "You can't view invoices for this account." } };
        mockGetInvoices.mockRejectedValue(refusal);
        const element = await mount({ recordId: '001000000000009AAA' });

        const panel = $(element, 'c-error-panel');
        expect(panel.errors).toEqual(refusal);
        expect(panel.friendlyMessage).toBe('c.My_Invoices_Load_Error');
        expect($(element, 'lightning-datatable')).toBeNull();
        expect($(element, '.empty-state')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the spinner while loading', async () => {
        let resolvePage: (page: unknown) => void = () => undefined;
        mockGetInvoices.mockReturnValue(new Promise((resolve) => (resolvePage = resolve)));
        const element = await mount();

        expect($(element, 'lightning-spinner').alternativeText).toBe('c.My_Invoices_Loading');
        resolvePage(PAGE_1);
        await flushPromises();
        expect($(element, 'lightning-spinner')).toBeNull();
    });

    it('keeps the latest answer when an earlier request finishes last', async () => {
        let resolveFirst: (page: unknown) => void = () => undefined;
        mockGetInvoices
            .mockReturnValueOnce(new Promise((resolve) => (resolveFirst = resolve)))
            .mockResolvedValueOnce(PAGE_2);
        const element = await mount();
        $(element, 'lightning-combobox').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'paid' } })
        );
        await flushPromises();

        resolveFirst(PAGE_1);
        await flushPromises();

        expect($(element, 'lightning-datatable').data.map((r: { id: string }) => r.id)).toEqual([
            'a1A000000000003AAA'
        ]);
    });

    it("opens an invoice's detail and goes back to the list", async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        mockGetInvoiceDetail.mockResolvedValue(DETAIL);
        const element = await mount({ effectiveAccountId: '001000000000002AAA' });

        $(element, 'lightning-datatable').dispatchEvent(
            new CustomEvent('rowaction', {
                detail: { action: { name: 'view' }, row: PAGE_1.invoices[1] }
            })
        );
        await flushPromises();

        expect(mockGetInvoiceDetail).toHaveBeenCalledWith({
            invoiceId: 'a1A000000000002AAA',
            requestedAccountId: '001000000000002AAA'
        });
        expect($(element, 'c-invoice-detail').detail).toEqual(DETAIL);
        expect($(element, 'lightning-datatable')).toBeNull();

        $(element, 'c-invoice-detail').dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        expect($(element, 'c-invoice-detail')).toBeNull();
        expect($(element, 'lightning-datatable')).not.toBeNull();
    });

    it('shows the invoice last opened when an earlier detail answers late', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        let answerFirst: (value: unknown) => void = () => undefined;
        mockGetInvoiceDetail
            .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
            .mockResolvedValueOnce(DETAIL);
        const element = await mount();
        const open = (row: unknown) =>
            $(element, 'lightning-datatable').dispatchEvent(
                new CustomEvent('rowaction', { detail: { action: { name: 'view' }, row } })
            );

        open(PAGE_1.invoices[0]);
        await flushPromises();
        expect($(element, '.detail-spinner')).not.toBeNull();
        expect($(element, '.list-spinner')).toBeNull();
        $(element, 'c-invoice-detail').dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        expect($(element, '.detail-spinner')).toBeNull();
        open(PAGE_1.invoices[1]);
        await flushPromises();
        answerFirst({ ...DETAIL, invoice: { ...DETAIL.invoice, invoiceNumber: 'STALE' } });
        await flushPromises();

        expect($(element, 'c-invoice-detail').detail).toEqual(DETAIL);
        expect($(element, '.detail-spinner')).toBeNull();
    });

    it('explains a detail the server refuses', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        mockGetInvoiceDetail.mockRejectedValue({ body: { message: 'Not your invoice' } });
        const element = await mount();

        $(element, 'lightning-datatable').dispatchEvent(
            new CustomEvent('rowaction', {
                detail: { action: { name: 'view' }, row: PAGE_1.invoices[0] }
            })
        );
        await flushPromises();

        expect($(element, 'c-error-panel').friendlyMessage).toBe('c.My_Invoices_Detail_Error');
        await expect(element).toBeAccessible();
    });

    it('adds a Pay link for invoices with a balance when a payment page is configured', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount({
            paymentPageUrl: 'https://pay.example.com/invoice/{invoiceId}?amount={balance}'
        });

        const table = $(element, 'lightning-datatable');
        const pay = table.columns.find((c: { fieldName: string }) => c.fieldName === 'payUrl');
        expect(pay).toMatchObject({
            type: 'url',
            typeAttributes: { label: 'c.My_Invoices_Pay', target: '_blank' }
        });
        expect(table.data[0].payUrl).toBe(
            'https://pay.example.com/invoice/a1A000000000001AAA?amount=1234.50'
        );
    });
});

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
const $$ = (element: HTMLElement, selector: string) =>
    Array.from(element.shadowRoot!.querySelectorAll(selector)) as any[];
/** An element inside the list or the detail region (c-invoice-region), or null. */
const inRegion = (element: HTMLElement, which: 'list' | 'detail', selector: string) =>
    ($(element, `c-invoice-region.${which}-region`)?.shadowRoot?.querySelector(selector) ??
        null) as any;
/** The first Pay link (inside c-invoice-pay-link) under a node, or null. */
const payLinkIn = (root: ParentNode) =>
    ((root.querySelector('c-invoice-pay-link') as any)?.shadowRoot?.querySelector('a') ??
        null) as any;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The invoice numbers on screen, table or cards. */
const numbers = (element: HTMLElement) => $$(element, '.view-invoice').map(text);
const headerNames = (element: HTMLElement) =>
    $$(element, '.invoice-table thead th').map((th: Element) => text(th));
const openInvoice = (element: HTMLElement, index: number) =>
    $$(element, '.view-invoice')[index].click();
const EMPTY_PAGE = { accountName: 'Ursa Major Solar', nextCursor: null, invoices: [] };

/** Makes the component measure `width` px on its next render (jsdom has no layout). */
function setWidth(width: number): void {
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
        width
    } as DOMRect);
}

describe('c-my-invoices', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    it('asks for the first page, newest first, and shows its invoices', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();

        expect(mockGetInvoices).toHaveBeenCalledTimes(1);
        expect(mockGetInvoices).toHaveBeenCalledWith(FIRST_PAGE_ARGS);
        expect(numbers(element)).toEqual(['INV-0042', 'INV-0041']);
        const sorted = $(element, 'th[aria-sort="descending"]');
        expect(sorted.querySelector('button').dataset.field).toBe('invoiceDate');
        expect($(element, 'lightning-card').title).toBe('c.My_Invoices_Title · Ursa Major Solar');
        await expect(element).toBeAccessible();
    });

    it("shows amounts in each invoice's own currency, its state, and highlights overdue ones", async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();

        const cells = $$(element, '.invoice-table tbody tr')[1].querySelectorAll('td');
        const texts = Array.from(cells).map((cell) => text(cell as Element));
        expect(texts).toContain('€480.25');
        expect(texts).toContain('c.My_Invoices_State_Partially_Paid');
        expect(
            $$(element, '.invoice-table tbody tr')[1].querySelector('.slds-text-color_error')
        ).not.toBeNull();
        const dueDates = $$(element, '.invoice-table c-invoice-due-date');
        expect(
            dueDates.map((due: { text: string; overdue: boolean }) => [due.text, due.overdue])
        ).toEqual([
            ['Dec 1, 2026', false],
            ['Oct 15, 2026', true]
        ]);
        expect(headerNames(element)).not.toContain('c.My_Invoices_Column_Pay');
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
        expect(numbers(element)).toEqual(['INV-0040']);
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

    it('says at the To field when the range ends before it starts, and loads nothing', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();
        const to = $(element, 'lightning-input.to-date');
        const from = $(element, 'lightning-input.from-date');
        to.setCustomValidity = jest.fn();
        to.reportValidity = jest.fn();
        from.setCustomValidity = jest.fn();
        from.reportValidity = jest.fn();

        from.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-06-30' } }));
        await flushPromises();
        const calls = mockGetInvoices.mock.calls.length;
        to.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-01-01' } }));
        await flushPromises();

        expect(to.setCustomValidity).toHaveBeenLastCalledWith('c.My_Invoices_Date_Range_Reversed');
        expect(to.reportValidity).toHaveBeenCalled();
        expect(mockGetInvoices).toHaveBeenCalledTimes(calls);

        to.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-07-31' } }));
        await flushPromises();
        expect(to.setCustomValidity).toHaveBeenLastCalledWith('');
        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            fromDate: '2026-06-30',
            toDate: '2026-07-31'
        });
    });

    it('flags a date that does not parse at its field instead of showing everything', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();
        const from = $(element, 'lightning-input.from-date');
        from.setCustomValidity = jest.fn();
        from.reportValidity = jest.fn();
        Object.defineProperty(from, 'validity', { value: { badInput: true }, configurable: true });

        from.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        await flushPromises();

        expect(from.setCustomValidity).toHaveBeenLastCalledWith('c.My_Invoices_Date_Invalid');
        expect(mockGetInvoices).toHaveBeenCalledTimes(1);
    });

    it('sorts by the column header the buyer chose, and flips it on a second click', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();

        $(element, 'button.sort[data-field="balance"]').click();
        await flushPromises();
        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            sortBy: 'balance',
            sortDirection: 'desc'
        });
        $(element, 'button.sort[data-field="balance"]').click();
        await flushPromises();
        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            sortBy: 'balance',
            sortDirection: 'asc'
        });
        expect($(element, 'th[aria-sort="ascending"] button').dataset.field).toBe('balance');
    });

    it('says there are no invoices yet when nothing is filtered', async () => {
        mockGetInvoices.mockResolvedValue(EMPTY_PAGE);
        const element = await mount();

        expect(text($(element, '.empty-state'))).toBe('c.My_Invoices_Empty_No_Filters');
        expect($(element, '.invoice-table')).toBeNull();
        expect($(element, 'c-invoice-pager')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says no invoice matches when a filter is set', async () => {
        mockGetInvoices.mockResolvedValue(EMPTY_PAGE);
        const element = await mount();
        $(element, 'lightning-combobox').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'overdue' } })
        );
        await flushPromises();

        expect(text($(element, '.empty-state'))).toBe('c.My_Invoices_Empty');
    });

    it('shows the error panel when the server refuses, and tries again', async () => {
        const refusal = { body: { message: "You can't view invoices for this account." } };
        mockGetInvoices.mockRejectedValueOnce(refusal).mockResolvedValueOnce(PAGE_1);
        const element = await mount({ recordId: '001000000000009AAA' });

        const panel = inRegion(element, 'list', 'c-error-panel');
        expect(panel.errors).toEqual(refusal);
        expect(panel.friendlyMessage).toBe("You can't view invoices for this account.");
        expect($(element, '.invoice-table')).toBeNull();
        expect($(element, '.empty-state')).toBeNull();
        await expect(element).toBeAccessible();

        inRegion(element, 'list', 'lightning-button.retry').click();
        await flushPromises();
        expect(mockGetInvoices).toHaveBeenCalledTimes(2);
        expect(numbers(element)).toEqual(['INV-0042', 'INV-0041']);
    });

    it('shows the spinner while loading, in a region that keeps its height', async () => {
        let resolvePage: (page: unknown) => void = () => undefined;
        mockGetInvoices.mockReturnValue(new Promise((resolve) => (resolvePage = resolve)));
        const element = await mount();

        expect(inRegion(element, 'list', '.spinner').alternativeText).toBe('c.My_Invoices_Loading');
        expect(inRegion(element, 'list', '.region').getAttribute('aria-busy')).toBe('true');
        resolvePage(PAGE_1);
        await flushPromises();
        expect(inRegion(element, 'list', '.spinner')).toBeNull();
        expect(inRegion(element, 'list', '.region').getAttribute('aria-busy')).toBe('false');
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

        expect(numbers(element)).toEqual(['INV-0040']);
    });

    it("opens an invoice's detail with focus on its heading, and Back returns focus to its row", async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        mockGetInvoiceDetail.mockResolvedValue(DETAIL);
        const element = await mount({ effectiveAccountId: '001000000000002AAA' });

        openInvoice(element, 1);
        await flushPromises();

        expect(mockGetInvoiceDetail).toHaveBeenCalledWith({
            invoiceId: 'a1A000000000002AAA',
            requestedAccountId: '001000000000002AAA'
        });
        const detail = $(element, 'c-invoice-detail');
        expect(detail.detail).toEqual(DETAIL);
        expect(detail.shadowRoot.activeElement).toBe(
            detail.shadowRoot.querySelector('.invoice-heading')
        );
        expect($(element, '.invoice-table')).toBeNull();

        $(element, 'lightning-button.back').click();
        await flushPromises();
        expect($(element, 'c-invoice-detail')).toBeNull();
        expect(element.shadowRoot!.activeElement).toBe(
            $(element, '.view-invoice[data-id="a1A000000000002AAA"]')
        );
    });

    it('shows the invoice last opened when an earlier detail answers late', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        let answerFirst: (value: unknown) => void = () => undefined;
        mockGetInvoiceDetail
            .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
            .mockResolvedValueOnce(DETAIL);
        const element = await mount();

        openInvoice(element, 0);
        await flushPromises();
        expect(inRegion(element, 'detail', '.spinner')).not.toBeNull();
        expect(inRegion(element, 'list', '.spinner')).toBeNull();
        $(element, 'lightning-button.back').click();
        await flushPromises();
        expect(inRegion(element, 'detail', '.spinner')).toBeNull();
        openInvoice(element, 1);
        await flushPromises();
        answerFirst({ ...DETAIL, invoice: { ...DETAIL.invoice, invoiceNumber: 'STALE' } });
        await flushPromises();

        expect($(element, 'c-invoice-detail').detail).toEqual(DETAIL);
        expect(inRegion(element, 'detail', '.spinner')).toBeNull();
    });

    it('explains a detail the server refuses, and tries the same invoice again', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        mockGetInvoiceDetail
            .mockRejectedValueOnce({ body: { message: 'Not your invoice' } })
            .mockResolvedValueOnce(DETAIL);
        const element = await mount();

        openInvoice(element, 1);
        await flushPromises();

        expect(inRegion(element, 'detail', 'c-error-panel').friendlyMessage).toBe(
            'Not your invoice'
        );
        await expect(element).toBeAccessible();
        inRegion(element, 'detail', 'lightning-button.retry').click();
        await flushPromises();
        expect(mockGetInvoiceDetail).toHaveBeenLastCalledWith({
            invoiceId: 'a1A000000000002AAA',
            requestedAccountId: null
        });
        expect($(element, 'c-invoice-detail').detail).toEqual(DETAIL);
        expect(inRegion(element, 'detail', 'c-error-panel')).toBeNull();
    });

    it('adds a Pay link for payable invoices when a payment page is configured', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount({
            paymentPageUrl: 'https://pay.example.com/invoice/{invoiceId}?amount={balance}'
        });

        expect(headerNames(element)).toContain('c.My_Invoices_Column_Pay');
        const pay = payLinkIn(element.shadowRoot!);
        expect(pay.href).toBe('https://pay.example.com/invoice/a1A000000000001AAA?amount=1234.50');
        expect(pay.target).toBe('_blank');
        expect(pay.title).toBe('c.My_Invoices_Pay INV-0042');
    });

    it("opens Billing's hosted payment page with only the invoice id when the org chooses it", async () => {
        mockGetInvoices.mockResolvedValue({
            ...PAGE_1,
            paymentPageTemplate: 'https://pay.example.com/?id={invoiceId}'
        });
        const element = await mount({ paymentPageUrl: 'https://other.example.com/{invoiceId}' });

        expect(headerNames(element)).toContain('c.My_Invoices_Column_Pay');
        expect(payLinkIn(element.shadowRoot!).href).toBe(
            'https://pay.example.com/?id=a1A000000000001AAA'
        );
        openInvoice(element, 0);
        mockGetInvoiceDetail.mockResolvedValue(DETAIL);
        await flushPromises();
        const detail = $(element, 'c-invoice-detail');
        expect(detail.paymentPageUrl).toBe('https://pay.example.com/?id={invoiceId}');
    });

    it('shows Pay from the hosted page even when the component has no payment page URL', async () => {
        mockGetInvoices.mockResolvedValue({
            ...PAGE_1,
            paymentPageTemplate: 'https://pay.example.com/?id={invoiceId}'
        });
        const element = await mount();

        expect(payLinkIn(element.shadowRoot!).href).toBe(
            'https://pay.example.com/?id=a1A000000000001AAA'
        );
    });

    it('hides the Pay column when no invoice on the page can be paid', async () => {
        mockGetInvoices.mockResolvedValue(PAGE_2);
        const element = await mount({ paymentPageUrl: 'https://pay.example.com/{invoiceId}' });

        expect(numbers(element)).toEqual(['INV-0040']);
        expect(headerNames(element)).not.toContain('c.My_Invoices_Column_Pay');
    });

    it('reloads the list when the buyer comes back from paying', async () => {
        mockGetInvoices.mockResolvedValueOnce(PAGE_1).mockResolvedValueOnce({
            ...PAGE_1,
            invoices: [
                { ...PAGE_1.invoices[0], balance: 0, state: 'paid', payable: false },
                PAGE_1.invoices[1]
            ]
        });
        const element = await mount({ paymentPageUrl: 'https://pay.example.com/{invoiceId}' });

        window.dispatchEvent(new CustomEvent('focus'));
        await flushPromises();
        expect(mockGetInvoices).toHaveBeenCalledTimes(1);

        const pay = payLinkIn(element.shadowRoot!);
        pay.addEventListener('click', (event: Event) => event.preventDefault());
        pay.click();
        window.dispatchEvent(new CustomEvent('focus'));
        await flushPromises();

        expect(mockGetInvoices).toHaveBeenCalledTimes(2);
        expect(mockGetInvoices).toHaveBeenLastCalledWith(FIRST_PAGE_ARGS);
        expect($$(element, '.state').map(text)[0]).toBe('c.My_Invoices_State_Paid');
    });

    it('shows one card per invoice, with a sort choice, when narrow', async () => {
        setWidth(400);
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount({ paymentPageUrl: 'https://pay.example.com/{invoiceId}' });
        await flushPromises();

        expect($(element, '.invoice-table')).toBeNull();
        const cards = $$(element, '.invoice-card');
        expect(cards).toHaveLength(2);
        expect(text(cards[1])).toContain('€480.25');
        expect(text(cards[1])).toContain('c.My_Invoices_State_Partially_Paid');
        expect(payLinkIn(cards[0])).not.toBeNull();
        const sort = $(element, 'lightning-combobox.sort-choice');
        sort.dispatchEvent(new CustomEvent('change', { detail: { value: 'dueDate asc' } }));
        await flushPromises();
        expect(mockGetInvoices).toHaveBeenLastCalledWith({
            ...FIRST_PAGE_ARGS,
            sortBy: 'dueDate',
            sortDirection: 'asc'
        });
        await expect(element).toBeAccessible();
    });

    it('drops invoice date and total from the table when medium', async () => {
        setWidth(768);
        mockGetInvoices.mockResolvedValue(PAGE_1);
        const element = await mount();
        await flushPromises();

        expect(headerNames(element)).toEqual([
            'c.My_Invoices_Column_Number',
            'c.My_Invoices_Column_Due_Date',
            'c.My_Invoices_Column_Status',
            'c.My_Invoices_Column_Balance'
        ]);
        expect($$(element, '.invoice-table tbody tr')[0].querySelectorAll('td')).toHaveLength(3);
    });
});

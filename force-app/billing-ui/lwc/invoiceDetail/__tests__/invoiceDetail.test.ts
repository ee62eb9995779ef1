import InvoiceDetail from 'c/invoiceDetail';
import DETAIL from '../../myInvoices/__tests__/data/invoiceDetail.json';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

const mount = (props: Record<string, unknown>): HTMLElement =>
    mountComponent('c-invoice-detail', InvoiceDetail, props);

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;

describe('c-invoice-detail', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows the invoice facts in its currency, flags it overdue and lists its lines', async () => {
        const element = mount({ detail: DETAIL });
        await flushPromises();

        expect($(element, 'h2').textContent.trim()).toBe('INV-0041');
        expect($(element, 'lightning-formatted-number.total')).toMatchObject({
            value: 980,
            formatStyle: 'currency',
            currencyCode: 'EUR'
        });
        expect($(element, 'lightning-badge.overdue').label).toBe('c.My_Invoices_Overdue');
        expect($(element, 'lightning-badge.payment-status').label).toBe('Partially Paid');
        const table = $(element, 'lightning-datatable');
        expect(
            table.data.map((row: { productName: string; currencyCode: string }) => [
                row.productName,
                row.currencyCode
            ])
        ).toEqual([
            ['Solar Panel 400W', 'EUR'],
            ['Installation', 'EUR']
        ]);
        expect(table.columns.map((c: { fieldName: string }) => c.fieldName)).toEqual([
            'productName',
            'period',
            'quantity',
            'unitPrice',
            'taxAmount',
            'totalAmount'
        ]);
        await expect(element).toBeAccessible();
    });

    it('links the stored PDF, and Pay only when a payment page is configured', async () => {
        const element = mount({ detail: DETAIL });
        await flushPromises();
        expect($(element, 'a.pdf').getAttribute('href')).toBe(
            '/sfc/servlet.shepherd/version/download/068000000000001AAA'
        );
        expect($(element, 'a.pay')).toBeNull();

        (element as any).paymentPageUrl = 'https://pay.example.com/{invoiceNumber}';
        await flushPromises();
        expect($(element, 'a.pay').getAttribute('href')).toBe('https://pay.example.com/INV-0041');
    });

    it('offers no PDF when Billing stored none, and no Pay when nothing is owed', async () => {
        const paid = {
            ...DETAIL,
            pdfUrl: null,
            invoice: { ...DETAIL.invoice, balance: 0, overdue: false }
        };
        const element = mount({
            detail: paid,
            paymentPageUrl: 'https://pay.example.com/{invoiceId}'
        });
        await flushPromises();

        expect($(element, 'a.pdf')).toBeNull();
        expect($(element, 'a.pay')).toBeNull();
        expect($(element, 'lightning-badge.overdue')).toBeNull();
    });

    it('goes back when asked, even while the detail is still loading', async () => {
        const element = mount({ detail: null });
        const close = jest.fn();
        element.addEventListener('close', close);
        await flushPromises();

        expect($(element, 'h2')).toBeNull();
        $(element, 'lightning-button.back').click();

        expect(close).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });
});

import InvoiceDetail from 'c/invoiceDetail';
import DETAIL_JSON from '../../myInvoices/__tests__/data/invoiceDetail.json';
import type { InvoiceDetailDto } from '../../../../../types/invoices';

import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

const DETAIL = DETAIL_JSON as InvoiceDetailDto;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

const mount = (props: Record<string, unknown>): HTMLElement =>
    mountComponent('c-invoice-detail', InvoiceDetail, props);

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;

/** The Pay link inside c-invoice-pay-link, or null. */
const payLink = (element: HTMLElement) =>
    ($(element, 'c-invoice-pay-link')?.shadowRoot?.querySelector('a') ?? null) as any;

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
        expect($(element, 'lightning-badge.state').label).toBe(
            'c.My_Invoices_State_Partially_Paid'
        );
        expect(text($(element, '.invoice-date'))).toBe('Sep 15, 2026');
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
        expect(payLink(element)).toBeNull();

        (element as any).paymentPageUrl = 'https://pay.example.com/{invoiceNumber}';
        await flushPromises();
        expect(payLink(element).getAttribute('href')).toBe('https://pay.example.com/INV-0041');
    });

    it('offers no PDF when Billing stored none, and no Pay when nothing is owed', async () => {
        const paid = {
            ...DETAIL,
            pdfUrl: null,
            invoice: { ...DETAIL.invoice, balance: 0, overdue: false, payable: false }
        };
        const element = mount({
            detail: paid,
            paymentPageUrl: 'https://pay.example.com/{invoiceId}'
        });
        await flushPromises();

        expect($(element, 'a.pdf')).toBeNull();
        expect(payLink(element)).toBeNull();
        expect($(element, 'lightning-badge.overdue')).toBeNull();
    });

    it('lists the credit notes applied to the invoice', async () => {
        const element = mount({ detail: DETAIL });
        await flushPromises();

        const rows = Array.from(
            element.shadowRoot!.querySelectorAll('table.credits tbody tr')
        ) as Element[];
        expect(rows.map((row) => Array.from(row.children).map((cell) => text(cell)))).toEqual([
            ['CN-0007', 'Oct 1, 2026', '€20.00']
        ]);

        (element as any).detail = { ...DETAIL, credits: [] };
        await flushPromises();
        expect($(element, 'table.credits')).toBeNull();
    });

    it('shows one card per line when narrow', async () => {
        const element = mount({ detail: DETAIL, layout: 'narrow' });
        await flushPromises();

        expect($(element, 'lightning-datatable')).toBeNull();
        const cards = Array.from(element.shadowRoot!.querySelectorAll('.line-card')) as Element[];
        expect(cards).toHaveLength(2);
        expect(text(cards[0])).toContain('Solar Panel 400W');
        expect(text(cards[0])).toContain('Sep 1, 2026 – Sep 30, 2026');
        await expect(element).toBeAccessible();
    });

    it('takes focus on its heading, and tells the container when the buyer opens Pay', async () => {
        const element = mount({
            detail: DETAIL,
            paymentPageUrl: 'https://pay.example.com/{invoiceId}'
        });
        const pay = jest.fn();
        element.addEventListener('pay', pay);
        await flushPromises();

        expect((element as any).focusHeading()).toBe(true);
        expect(element.shadowRoot!.activeElement).toBe($(element, '.invoice-heading'));
        const link = payLink(element);
        link.addEventListener('click', (event: Event) => event.preventDefault());
        link.click();
        expect(pay).toHaveBeenCalledTimes(1);
    });

    it('has no heading to focus while the detail is loading', async () => {
        const element = mount({ detail: null });
        await flushPromises();

        expect($(element, 'h2')).toBeNull();
        expect((element as any).focusHeading()).toBe(false);
        await expect(element).toBeAccessible();
    });
});

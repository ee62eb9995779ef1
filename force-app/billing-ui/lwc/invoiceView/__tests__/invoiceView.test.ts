import {
    LABELS,
    currencyDecimals,
    paymentUrl,
    periodText,
    toLineRows,
    toRows
} from 'c/invoiceView';
import DETAIL from '../../myInvoices/__tests__/data/invoiceDetail.json';
import PAGE_1 from '../../myInvoices/__tests__/data/invoicePage1.json';

const OPEN = PAGE_1.invoices[0];

describe('c-invoice-view', () => {
    describe('paymentUrl', () => {
        it('fills every token, URL-encoded, with the balance to the cent', () => {
            expect(
                paymentUrl(
                    'https://pay.example.com/{invoiceNumber}?id={invoiceId}&amt={balance}&cur={currency}',
                    {
                        ...OPEN,
                        invoiceNumber: 'INV 42/A',
                        balance: 1234.5
                    }
                )
            ).toBe(
                'https://pay.example.com/INV%2042%2FA?id=a1A000000000001AAA&amt=1234.50&cur=USD'
            );
        });

        it('accepts a site-relative page', () => {
            expect(paymentUrl('/s/pay?invoice={invoiceId}', OPEN)).toBe(
                '/s/pay?invoice=a1A000000000001AAA'
            );
        });

        it('offers no link when nothing is owed or nothing is configured', () => {
            expect(
                paymentUrl('https://pay.example.com/{invoiceId}', { ...OPEN, balance: 0 })
            ).toBeNull();
            expect(
                paymentUrl('https://pay.example.com/{invoiceId}', { ...OPEN, balance: -5 })
            ).toBeNull();
            expect(paymentUrl('', OPEN)).toBeNull();
            expect(paymentUrl(null, OPEN)).toBeNull();
        });

        it('refuses URLs that are not https or site-relative', () => {
            expect(paymentUrl(['javascript', 'alert(1)'].join(':'), OPEN)).toBeNull();
            expect(paymentUrl('http://pay.example.com/{invoiceId}', OPEN)).toBeNull();
            expect(paymentUrl('//evil.example.com/{invoiceId}', OPEN)).toBeNull();
        });

        it('refuses the backslash and tab forms browsers resolve to another host', () => {
            expect(paymentUrl('/\\evil.example.com/{invoiceId}', OPEN)).toBeNull();
            expect(paymentUrl('/\t/evil.example.com/{invoiceId}', OPEN)).toBeNull();
            expect(paymentUrl('/\n/evil.example.com/{invoiceId}', OPEN)).toBeNull();
            expect(
                paymentUrl('https://pay.example.com\\@evil.example.com/{invoiceId}', OPEN)
            ).toBeNull();
            expect(paymentUrl('https://user@evil.example.com/{invoiceId}', OPEN)).toBeNull();
        });

        it("keeps the link on the template's host whatever the invoice holds", () => {
            expect(
                paymentUrl('https://pay.example.com/{invoiceNumber}', {
                    ...OPEN,
                    invoiceNumber: '@evil.example.com/x'
                })
            ).toBe('https://pay.example.com/%40evil.example.com%2Fx');
        });

        it("writes the balance in the currency's own decimals", () => {
            const template = 'https://pay.example.com/pay?amount={balance}';
            expect(paymentUrl(template, { ...OPEN, balance: 1500, currencyCode: 'JPY' })).toBe(
                'https://pay.example.com/pay?amount=1500'
            );
            expect(paymentUrl(template, { ...OPEN, balance: 12.345, currencyCode: 'KWD' })).toBe(
                'https://pay.example.com/pay?amount=12.345'
            );
            expect(paymentUrl(template, { ...OPEN, balance: 99.5, currencyCode: 'EUR' })).toBe(
                'https://pay.example.com/pay?amount=99.50'
            );
            expect(currencyDecimals('not a currency')).toBe(2);
        });
    });

    describe('rows', () => {
        it('marks only overdue invoices and adds their pay links', () => {
            const rows = toRows(PAGE_1.invoices, LABELS, 'https://pay.example.com/{invoiceId}');
            expect(rows.map((r) => [r.amountClass, r.overdueIcon, r.overdueText])).toEqual([
                ['', null, null],
                ['slds-text-color_error', 'utility:warning', LABELS.overdue]
            ]);
            expect(rows[1].payUrl).toBe('https://pay.example.com/a1A000000000002AAA');
        });
    });

    describe('periodText', () => {
        const line = DETAIL.lines[0];

        it('shows the billed period without shifting days across time zones', () => {
            expect(periodText(line, 'en-US')).toBe('Sep 1, 2026 – Sep 30, 2026');
        });

        it('shows a single date, or nothing for a one-time charge', () => {
            expect(periodText({ ...line, endDate: null }, 'en-US')).toBe('Sep 1, 2026');
            expect(periodText(DETAIL.lines[1], 'en-US')).toBe('');
        });

        it('gives each line its invoice currency', () => {
            const rows = toLineRows(DETAIL, 'en-US');
            expect(rows.map((r) => [r.productName, r.currencyCode, r.period])).toEqual([
                ['Solar Panel 400W', 'EUR', 'Sep 1, 2026 – Sep 30, 2026'],
                ['Installation', 'EUR', '']
            ]);
        });
    });
});

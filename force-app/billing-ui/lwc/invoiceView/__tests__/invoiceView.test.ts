import {
    LABELS,
    anyPayable,
    currencyDecimals,
    dateRangeErrors,
    formatAmount,
    invoiceColumns,
    isIsoDate,
    layoutFor,
    paymentUrl,
    periodText,
    stateLabel,
    toCreditRows,
    toLineRows,
    toRows
} from 'c/invoiceView';
import type { InvoiceDetailDto, InvoicePage, InvoiceState } from '../../../../../types/invoices';
import DETAIL_JSON from '../../myInvoices/__tests__/data/invoiceDetail.json';
import PAGE_1_JSON from '../../myInvoices/__tests__/data/invoicePage1.json';

const DETAIL = DETAIL_JSON as InvoiceDetailDto;
const PAGE_1 = PAGE_1_JSON as InvoicePage;
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

        it('offers no link for an invoice the server says is not payable (rebilled)', () => {
            expect(
                paymentUrl('https://pay.example.com/{invoiceId}', {
                    ...OPEN,
                    statusCode: 'Rebilled',
                    state: 'rebilled',
                    payable: false
                })
            ).toBeNull();
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

    describe('states and locale texts', () => {
        it('gives every state its own label, so Paid never sits beside Unpaid', () => {
            const states: InvoiceState[] = [
                'unpaid',
                'partiallyPaid',
                'partiallyCredited',
                'paid',
                'credited',
                'rebilled'
            ];
            const words = states.map((state) => stateLabel(state, LABELS));
            expect(words).toEqual([
                'c.My_Invoices_State_Unpaid',
                'c.My_Invoices_State_Partially_Paid',
                'c.My_Invoices_State_Partially_Credited',
                'c.My_Invoices_State_Paid',
                'c.My_Invoices_State_Credited',
                'c.My_Invoices_State_Rebilled'
            ]);
            expect(toRows(PAGE_1.invoices, LABELS, null).map((r) => r.stateLabel)).toEqual([
                LABELS.stateUnpaid,
                LABELS.statePartiallyPaid
            ]);
        });

        it("writes dates and amounts in the user's locale and the currency's decimals", () => {
            const [german] = toRows([PAGE_1.invoices[1]], LABELS, null, 'de-DE');
            expect(german.invoiceDateText).toBe('15. Sept. 2026');
            expect(german.balanceText).toBe('480,25\u00a0€');
            expect(formatAmount(1500, 'JPY', 'en-US')).toBe('¥1,500');
            expect(formatAmount(12.345, 'KWD', 'en-US')).toBe('KWD\u00a012.345');
            expect(periodText(DETAIL.lines[0], 'de-DE')).toBe('1. Sept. 2026 – 30. Sept. 2026');
        });

        it("lists the credit notes applied, in the invoice's currency", () => {
            expect(
                toCreditRows(DETAIL, 'en-US').map((c) => [
                    c.creditNoteNumber,
                    c.dateText,
                    c.amountText
                ])
            ).toEqual([['CN-0007', 'Oct 1, 2026', '€20.00']]);
            expect(toCreditRows({ ...DETAIL, credits: [] }, 'en-US')).toEqual([]);
        });
    });

    describe('layout', () => {
        it('picks cards below 600 px, a shorter table below 900 px, else the full table', () => {
            expect([0, 320, 599, 600, 768, 899, 900, 1400].map(layoutFor)).toEqual([
                'wide',
                'narrow',
                'narrow',
                'medium',
                'medium',
                'medium',
                'wide',
                'wide'
            ]);
        });

        it('drops invoice date and total first, and Pay when no row can be paid', () => {
            const names = (layout: 'wide' | 'medium', pay: boolean) =>
                invoiceColumns(LABELS, pay, layout).map((c) => c.fieldName);
            expect(names('wide', true)).toEqual([
                'invoiceNumber',
                'invoiceDate',
                'dueDate',
                'stateLabel',
                'totalAmount',
                'balance',
                'payUrl'
            ]);
            expect(names('medium', false)).toEqual([
                'invoiceNumber',
                'dueDate',
                'stateLabel',
                'balance'
            ]);
            const rows = toRows(PAGE_1.invoices, LABELS, 'https://pay.example.com/{invoiceId}');
            expect(anyPayable(rows)).toBe(true);
            expect(anyPayable(rows.map((r) => ({ ...r, payUrl: null })))).toBe(false);
        });
    });

    describe('date range', () => {
        it('accepts real calendar dates only', () => {
            expect(isIsoDate('2026-02-28')).toBe(true);
            expect(isIsoDate('2026-02-30')).toBe(false);
            expect(isIsoDate('12/01/2026')).toBe(false);
        });

        it('flags a reversed range at the To field and a bad date at its own field', () => {
            expect(dateRangeErrors('2026-03-01', '2026-02-01', LABELS)).toEqual({
                from: '',
                to: LABELS.dateRangeReversed
            });
            expect(dateRangeErrors('2026-02-31', null, LABELS)).toEqual({
                from: LABELS.dateInvalid,
                to: ''
            });
            expect(dateRangeErrors('2026-02-01', '2026-02-01', LABELS)).toBeNull();
            expect(dateRangeErrors(null, null, LABELS)).toBeNull();
        });
    });
});

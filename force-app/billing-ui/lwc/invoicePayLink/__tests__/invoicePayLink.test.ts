import InvoicePayLink from 'c/invoicePayLink';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

describe('c-invoice-pay-link', () => {
    afterEach(() => {
        resetDom();
    });

    it('opens the payment page in a new tab, named for its invoice, and says so', async () => {
        const element = mountComponent('c-invoice-pay-link', InvoicePayLink, {
            url: 'https://pay.example.com/a1A',
            title: 'Pay INV-0042',
            variant: 'brand'
        });
        const pay = jest.fn();
        element.addEventListener('pay', pay);
        await flushPromises();

        const link = element.shadowRoot!.querySelector('a')!;
        expect(link.getAttribute('href')).toBe('https://pay.example.com/a1A');
        expect(link.target).toBe('_blank');
        expect(link.rel).toBe('noopener');
        expect(link.title).toBe('Pay INV-0042');
        expect(link.className).toBe('pay slds-button slds-button_brand');
        expect(link.textContent).toBe('c.My_Invoices_Pay');
        link.addEventListener('click', (event: Event) => event.preventDefault());
        link.click();
        expect(pay).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('is a plain link in a table', async () => {
        const element = mountComponent('c-invoice-pay-link', InvoicePayLink, {
            url: '/pay?id=1',
            title: 'Pay INV-1'
        });
        await flushPromises();

        expect(element.shadowRoot!.querySelector('a')!.className).toBe('pay');
    });
});

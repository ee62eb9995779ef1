import InvoiceRegion from 'c/invoiceRegion';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;

describe('c-invoice-region', () => {
    afterEach(() => {
        resetDom();
    });

    it('is busy with a spinner while loading, and quiet when done', async () => {
        const element = mountComponent('c-invoice-region', InvoiceRegion, { loading: true });
        await flushPromises();
        expect($(element, '.region').getAttribute('aria-busy')).toBe('true');
        expect($(element, 'lightning-spinner').alternativeText).toBe('c.My_Invoices_Loading');

        (element as any).loading = false;
        await flushPromises();
        expect($(element, '.region').getAttribute('aria-busy')).toBe('false');
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, 'c-error-panel')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('explains an error with the given sentence and asks for a retry', async () => {
        const element = mountComponent('c-invoice-region', InvoiceRegion, {
            errors: { body: { message: 'Not shared' } },
            errorMessage: 'Not shared'
        });
        const retry = jest.fn();
        element.addEventListener('retry', retry);
        await flushPromises();

        expect($(element, 'c-error-panel').friendlyMessage).toBe('Not shared');
        $(element, 'lightning-button.retry').click();
        expect(retry).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });
});

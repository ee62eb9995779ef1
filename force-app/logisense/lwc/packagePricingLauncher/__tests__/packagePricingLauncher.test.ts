import PackagePricingLauncher from 'c/packagePricingLauncher';
import getPackageProducts from '@salesforce/apex/PackageServicePricingController.getPackageProducts';
import getServices from '@salesforce/apex/PackageServicePricingController.getServices';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

jest.mock(
    '@salesforce/apex/PackageServicePricingController.getPackageProducts',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/PackageServicePricingController.getServices',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock('@salesforce/apex/PackageServicePricingController.save', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetPackageProducts = getPackageProducts as unknown as jest.Mock;
const mockGetServices = getServices as unknown as jest.Mock;
const OPPORTUNITY = '006000000000001AAA';
const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;

async function mount(): Promise<HTMLElement> {
    const element = mountComponent('c-package-pricing-launcher', PackagePricingLauncher, {
        recordId: OPPORTUNITY
    });
    await flushPromises();
    return element;
}

describe('c-package-pricing-launcher', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it("offers the opportunity's LogiSense products and prices the one chosen", async () => {
        mockGetPackageProducts.mockResolvedValue([
            { id: '00k000000000001AAA', name: 'IoT Starter' },
            { id: '00k000000000002AAA', name: 'IoT Fleet' }
        ]);
        mockGetServices.mockResolvedValue({ frequency: 'Monthly', productName: 'x', rows: [] });
        const element = await mount();

        expect(mockGetPackageProducts).toHaveBeenCalledWith({ opportunityId: OPPORTUNITY });
        expect($(element, 'lightning-combobox').options).toHaveLength(2);
        expect($(element, 'c-package-service-pricing')).toBeNull(); // nothing opened yet
        expect(mockGetServices).not.toHaveBeenCalled();
        $(element, 'lightning-combobox').dispatchEvent(
            new CustomEvent('change', { detail: { value: '00k000000000002AAA' } })
        );
        await flushPromises();
        expect($(element, 'c-package-service-pricing').recordId).toBe('00k000000000002AAA');
        expect($(element, 'c-package-service-pricing').embedded).toBe(true); // no Close there
        expect(mockGetServices).toHaveBeenCalledWith({
            opportunityProductId: '00k000000000002AAA'
        });
        await expect(element).toBeAccessible();
    });

    it('says when the opportunity has no LogiSense products, and when they cannot be loaded', async () => {
        mockGetPackageProducts.mockResolvedValueOnce([]);
        const element = await mount();
        expect($(element, '.empty').textContent).toBe('c.Package_Pricing_No_Packages');
        element.remove();
        mockGetPackageProducts.mockRejectedValueOnce({ body: { message: 'no access' } });
        const failing = await mount();
        expect($(failing, 'c-error-panel').friendlyMessage).toBe('c.Package_Pricing_Load_Error');
    });
});

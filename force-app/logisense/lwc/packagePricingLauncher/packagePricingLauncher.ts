import { LightningElement, api } from 'lwc';
import getPackageProducts from '@salesforce/apex/PackageServicePricingController.getPackageProducts';
import type { PricedProduct } from '../../../../types/logisense';
import CHOOSE from '@salesforce/label/c.Package_Pricing_Choose';
import NONE from '@salesforce/label/c.Package_Pricing_No_Packages';
import LOADING from '@salesforce/label/c.Package_Pricing_Loading';
import LOAD_ERROR from '@salesforce/label/c.Package_Pricing_Load_Error';

export const LABELS = { CHOOSE, NONE, LOADING, LOAD_ERROR };

/**
 * The package-service pricing on the Opportunity record page: the rep picks one of the
 * opportunity's LogiSense products and prices it in c-package-service-pricing below.
 */
export default class PackagePricingLauncher extends LightningElement {
    /** The opportunity (set by the record page). */
    @api recordId: string | null = null;

    labels = LABELS;
    products: PricedProduct[] = [];
    chosen: string | null = null;
    isLoading = true;
    error: unknown = null;

    async connectedCallback(): Promise<void> {
        try {
            // Nothing is opened until the rep picks a product: a first open makes the product's
            // service rows, which viewing the opportunity page must not do.
            this.products = await getPackageProducts({ opportunityId: this.recordId! });
        } catch (error) {
            this.error = error;
        } finally {
            this.isLoading = false;
        }
    }

    get options(): Array<{ label: string; value: string }> {
        return this.products.map((product) => ({ label: product.name, value: product.id }));
    }

    get showEmpty(): boolean {
        return !this.isLoading && !this.error && this.products.length === 0;
    }

    get hasProducts(): boolean {
        return this.products.length > 0;
    }

    handleChoose(event: CustomEvent<{ value: string }>): void {
        this.chosen = event.detail.value;
    }
}

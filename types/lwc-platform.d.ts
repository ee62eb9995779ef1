// Ambient types for the platform modules no package declares. Kept a script file (no top-level
// import/export) so the wildcard declarations are global.

declare module '@salesforce/apex/*' {
    import type { WireAdapterConstructor } from 'lwc';
    /** An Apex method: callable imperatively and usable with @wire. */
    type ApexMethod = ((params?: object) => Promise<any>) &
        WireAdapterConstructor<Record<string, unknown>, any>;
    const apexMethod: ApexMethod;
    export default apexMethod;
}

declare module '@salesforce/apex' {
    export function refreshApex(value: unknown): Promise<unknown>;
    export function getSObjectValue(record: unknown, field: unknown): unknown;
}

declare module '@salesforce/schema/*' {
    const reference: { objectApiName: string; fieldApiName: string };
    export default reference;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/resourceUrl/*' {
    const url: string;
    export default url;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean;
    export default hasPermission;
}

declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title?: string;
        message: string;
        messageData?: Array<string | { url: string; label: string }>;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
        constructor(init: ShowToastEventInit);
    }
}

declare module 'lightning/navigation' {
    import type { LightningElement, WireAdapterConstructor } from 'lwc';
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;
    export interface NavigationMixinApi {
        [Navigate](pageReference: PageReference, replace?: boolean): void;
        [GenerateUrl](pageReference: PageReference): Promise<string>;
    }
    type LightningElementCtor = abstract new (...args: any[]) => LightningElement;
    export const NavigationMixin: {
        <T extends LightningElementCtor>(
            base: T
        ): T & (abstract new (...args: any[]) => NavigationMixinApi);
        readonly Navigate: typeof Navigate;
        readonly GenerateUrl: typeof GenerateUrl;
    };
    export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference>;
}

declare module '@salesforce/i18n/locale' {
    /** The user's locale, e.g. en-US or de-DE. */
    const locale: string;
    export default locale;
}

declare module 'lightning/actions' {
    /** Closes the quick action's screen. */
    export class CloseActionScreenEvent extends CustomEvent<undefined> {
        constructor();
    }
}

declare module 'lightning/refresh' {
    /** Asks the page to refresh its record data (e.g. the opportunity's totals). */
    export class RefreshEvent extends CustomEvent<undefined> {
        constructor();
    }
}

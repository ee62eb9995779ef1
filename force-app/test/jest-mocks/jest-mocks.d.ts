// Test-only additions: what the navigation mock records, and the sa11y matcher.
declare module 'lightning/navigation' {
    export function getNavigateCalledWith(): { pageReference?: PageReference; replace?: boolean };
    export function getGenerateUrlCalledWith(): { pageReference?: PageReference };
}

declare namespace jest {
    interface Matchers<R> {
        toBeAccessible(): Promise<R>;
    }
}

declare module '@salesforce/sfdx-lwc-jest' {
    export function createApexTestWireAdapter<T>(fn: T): any;
    export function createLdsTestWireAdapter<T>(fn: T): any;
}

declare module '@cpqb2b/lwc-test-utils' {
    import type { LightningElement } from 'lwc';
    export function flushPromises(): Promise<void>;
    export function mountComponent(
        tagName: string,
        componentClass: typeof LightningElement,
        props?: Record<string, unknown>
    ): HTMLElement;
    export function resetDom(): void;
}

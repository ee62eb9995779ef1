// Records what a component asked the NavigationMixin to do, so tests can assert it.
const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');
let navigateCalledWith = {};
let generateUrlCalledWith = {};

export const NavigationMixin = (Base) =>
    class extends Base {
        [Navigate](pageReference, replace) {
            navigateCalledWith = { pageReference, replace };
        }
        [GenerateUrl](pageReference) {
            generateUrlCalledWith = { pageReference };
            return Promise.resolve(`https://example.test/${pageReference.type}`);
        }
    };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export const CurrentPageReference = jest.fn();

export const getNavigateCalledWith = () => navigateCalledWith;
export const getGenerateUrlCalledWith = () => generateUrlCalledWith;

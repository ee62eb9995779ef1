// Base-component and @salesforce/user|client|community|site module types shipped by Salesforce.
import '@salesforce/lightning-types';

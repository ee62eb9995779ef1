import { reduceErrors } from 'c/reduceErrors';

describe('c-reduce-errors', () => {
    it('returns nothing for no error', () => {
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(null)).toEqual([]);
        expect(reduceErrors([])).toEqual([]);
        expect(reduceErrors('   ')).toEqual([]);
    });

    it('reads a bare string and a JavaScript Error', () => {
        expect(reduceErrors('Session expired')).toEqual(['Session expired']);
        expect(reduceErrors(new TypeError('x is undefined'))).toEqual(['x is undefined']);
    });

    it('reads the message of an Apex AuraHandledException', () => {
        const apexError = { body: { message: 'You cannot see this account.' }, status: 500 };
        expect(reduceErrors(apexError)).toEqual(['You cannot see this account.']);
    });

    it('reads UI API page and field errors instead of the generic message', () => {
        const uiApiError = {
            body: {
                message: 'An error occurred while trying to update the record.',
                output: {
                    errors: [{ message: 'Record is locked.' }],
                    fieldErrors: { Name: [{ message: 'Name is required.' }] }
                }
            }
        };
        expect(reduceErrors(uiApiError)).toEqual(['Record is locked.', 'Name is required.']);
    });

    it('reads DML page errors and field errors', () => {
        const dmlError = {
            body: {
                pageErrors: [{ message: 'Insufficient access.' }],
                fieldErrors: { Status__c: [{ message: 'Bad value.' }] }
            }
        };
        expect(reduceErrors(dmlError)).toEqual(['Insufficient access.', 'Bad value.']);
    });

    it('reads a list of bodies and removes duplicates across errors', () => {
        const errors = [
            { body: [{ message: 'Timeout' }, { message: 'Timeout' }] },
            'Timeout',
            { body: { message: 'Row lock' } }
        ];
        expect(reduceErrors(errors)).toEqual(['Timeout', 'Row lock']);
    });

    it('falls back to the status text of a fetch failure', () => {
        expect(reduceErrors({ statusText: 'Service Unavailable' })).toEqual([
            'Service Unavailable'
        ]);
    });
});

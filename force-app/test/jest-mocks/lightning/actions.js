// Jest stand-in for lightning/actions (sfdx-lwc-jest has none): the quick action close event.
export class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super('close', { bubbles: true, composed: true });
    }
}

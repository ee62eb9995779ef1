trigger CcOrderTrigger on ccrz__E_Order__c(
    before insert,
    before update,
    after insert,
    after update
) {
    new TriggerDispatcher().run();
}

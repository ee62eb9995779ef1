trigger CcTransactionPaymentTrigger on ccrz__E_TransactionPayment__c(
    before insert,
    before update,
    after insert,
    after update
) {
    new TriggerDispatcher().run();
}

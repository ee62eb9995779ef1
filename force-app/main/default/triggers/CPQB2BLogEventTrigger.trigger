trigger CPQB2BLogEventTrigger on CPQB2B_Log_Event__e(after insert) {
    new TriggerDispatcher().run();
}

trigger OrderTrigger on Order(before insert, before update, after insert, after update) {
    new TriggerDispatcher().run();
}

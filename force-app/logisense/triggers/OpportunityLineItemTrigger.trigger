trigger OpportunityLineItemTrigger on OpportunityLineItem(after delete) {
    new TriggerDispatcher().run();
}

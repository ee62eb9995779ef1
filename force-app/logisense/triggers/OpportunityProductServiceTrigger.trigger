trigger OpportunityProductServiceTrigger on Opportunity_Product_Service__c(
    before insert,
    before update
) {
    new TriggerDispatcher().run();
}

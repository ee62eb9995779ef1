<!--
    Lightning Out dependency app for Visualforce pages (MyInvoicesStorefront): loads c:myInvoices
    and SLDS (ltng:outApp). No ltng:allowGuestAccess: only logged-in buyers use it.
-->
<aura:application access="GLOBAL" extends="ltng:outApp">
    <aura:dependency resource="c:myInvoices" />
</aura:application>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Tessera::CelExplanation</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::CelLexer</name>
    <message numerus="yes">
        <source>invalid escape sequence: expected %n hexadecimal digit(s)</source>
        <translation>
            <numerusform>invalid escape sequence: expected %n hexadecimal digit</numerusform>
            <numerusform>invalid escape sequence: expected %n hexadecimal digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::CatalogTransfer</name>
    <message numerus="yes">
        <source>Exporting %Ln product(s) to %1…</source>
        <translation>
            <numerusform>Exporting %Ln product to %1…</numerusform>
            <numerusform>Exporting %Ln products to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ConformanceMatrixModel</name>
    <message numerus="yes">
        <source>%n of %1 applicable policies pass</source>
        <translation>
            <numerusform>%n of %1 applicable policies passes</numerusform>
            <numerusform>%n of %1 applicable policies pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ConformanceView</name>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exempt</source>
        <translation>
            <numerusform>%n exempt</numerusform>
            <numerusform>%n exempt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score %1 · %2 of %n applicable policies pass</source>
        <translation>
            <numerusform>Score %1 · %2 of %n applicable policy passes</numerusform>
            <numerusform>Score %1 · %2 of %n applicable policies pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DependenciesPage</name>
    <message numerus="yes">
        <source>Consumes %Ln upstream port(s)</source>
        <translation>
            <numerusform>Consumes %Ln upstream port</numerusform>
            <numerusform>Consumes %Ln upstream ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln missing from the catalog</source>
        <translation>
            <numerusform>%1, %Ln missing from the catalog</numerusform>
            <numerusform>%1, %Ln missing from the catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read by %Ln downstream product port(s)</source>
        <translation>
            <numerusform>Read by %Ln downstream product port</numerusform>
            <numerusform>Read by %Ln downstream product ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DomainScoreModel</name>
    <message numerus="yes">
        <source>%n of %1 applicable pairs pass</source>
        <translation>
            <numerusform>%n of %1 applicable pairs passes</numerusform>
            <numerusform>%n of %1 applicable pairs pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DomainTreeModel</name>
    <message numerus="yes">
        <source>%Ln product(s) in the catalog</source>
        <translation>
            <numerusform>%Ln product in the catalog</numerusform>
            <numerusform>%Ln products in the catalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::HistoryPage</name>
    <message numerus="yes">
        <source>Changes from revision %1 to revision %2: %Ln change(s).</source>
        <translation>
            <numerusform>Changes from revision %1 to revision %2: %Ln change.</numerusform>
            <numerusform>Changes from revision %1 to revision %2: %Ln changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln domain(s)</source>
        <translation>
            <numerusform>%Ln domain</numerusform>
            <numerusform>%Ln domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln products?</source>
        <translation>
            <numerusform>Delete %Ln product?</numerusform>
            <numerusform>Delete %Ln products?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input port(s) of other products read it; they will show it as missing.</source>
        <translation>
            <numerusform>%Ln input port of another product reads it; it will show it as missing.</numerusform>
            <numerusform>%Ln input ports of other products read it; they will show it as missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln products</source>
        <translation>
            <numerusform>Delete %Ln product</numerusform>
            <numerusform>Delete %Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subdomain(s)</source>
        <translation>
            <numerusform>%Ln subdomain</numerusform>
            <numerusform>%Ln subdomains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s), best %L1 shown</source>
        <translation>
            <numerusform>%Ln product, best %L1 shown</numerusform>
            <numerusform>%Ln products, best %L1 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::OutputPortModel</name>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::PoliciesView</name>
    <message numerus="yes">
        <source>Import %n policy(ies) from %1</source>
        <translation>
            <numerusform>Import %n policy from %1</numerusform>
            <numerusform>Import %n policies from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export only &quot;%1&quot;? Choose No to export all %n policy(ies).</source>
        <translation>
            <numerusform>Export only &quot;%1&quot;? Choose No to export all %n policy.</numerusform>
            <numerusform>Export only &quot;%1&quot;? Choose No to export all %n policies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This policy is active. With this change %n product(s) would newly fail (%1).</source>
        <extracomment>%1 lists the domains with their counts, e.g. &quot;Orders: 2, Marketing: 1&quot;.</extracomment>
        <translation>
            <numerusform>This policy is active. With this change %n product would newly fail (%1).</numerusform>
            <numerusform>This policy is active. With this change %n products would newly fail (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would newly pass.</source>
        <translation>
            <numerusform>%n product would newly pass.</numerusform>
            <numerusform>%n products would newly pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the policy&apos;s %n test(s) fail: the policy does not do what its tests expect. Save it anyway?</source>
        <translation>
            <numerusform>%1 of the policy&apos;s %n test fails: the policy does not do what its test expects. Save it anyway?</numerusform>
            <numerusform>%1 of the policy&apos;s %n tests fail: the policy does not do what its tests expect. Save it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::PolicyEditor</name>
    <message numerus="yes">
        <source>All %n test(s) pass.</source>
        <translation>
            <numerusform>The test passes.</numerusform>
            <numerusform>All %n tests pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) FAIL.</source>
        <translation>
            <numerusform>%1 of %n test FAILS.</numerusform>
            <numerusform>%1 of %n tests FAIL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activating this new policy: %n product(s) would newly fail.</source>
        <extracomment>Followed by &quot;%n product(s) would newly pass.&quot;</extracomment>
        <translation>
            <numerusform>Activating this new policy: %n product would newly fail.</numerusform>
            <numerusform>Activating this new policy: %n products would newly fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the active version: %n product(s) would newly fail.</source>
        <translation>
            <numerusform>Compared with the active version: %n product would newly fail.</numerusform>
            <numerusform>Compared with the active version: %n products would newly fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would newly pass.</source>
        <translation>
            <numerusform>%n product would newly pass.</numerusform>
            <numerusform>%n products would newly pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductDialog</name>
    <message numerus="yes">
        <source>Fix %Ln problem(s) to continue.</source>
        <translation>
            <numerusform>Fix %Ln problem to continue.</numerusform>
            <numerusform>Fix %Ln problems to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductPage</name>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output port(s)</source>
        <translation>
            <numerusform>%Ln output port</numerusform>
            <numerusform>%Ln output ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema (%Ln PII)</source>
        <translation>
            <numerusform>Schema (%Ln PII)</numerusform>
            <numerusform>Schema (%Ln PII)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History (%Ln)</source>
        <translation>
            <numerusform>History (%Ln)</numerusform>
            <numerusform>History (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) hold(s) personal data (PII), highlighted below.</source>
        <translation>
            <numerusform>%Ln field holds personal data (PII), highlighted below.</numerusform>
            <numerusform>%Ln fields hold personal data (PII), highlighted below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::PublishGateDialog</name>
    <message numerus="yes">
        <source>%n policy(ies) of severity error fail for this product. Fix the product, or have the policy&apos;s owner grant an exemption, before publishing it.</source>
        <translation>
            <numerusform>%n policy of severity error fails for this product. Fix the product, or have the policy&apos;s owner grant an exemption, before publishing it.</numerusform>
            <numerusform>%n policies of severity error fail for this product. Fix the product, or have the policies&apos; owners grant exemptions, before publishing it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) of severity warning fail for this product. You can publish it anyway, or cancel and fix it first.</source>
        <translation>
            <numerusform>%n policy of severity warning fails for this product. You can publish it anyway, or cancel and fix it first.</numerusform>
            <numerusform>%n policies of severity warning fail for this product. You can publish it anyway, or cancel and fix it first.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Tessera</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogJson</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required value &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number or a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tessera catalog file (expected &quot;tessera-catalog&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this Tessera reads (%2); update Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::CatalogTransfer</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the catalog to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln product(s) to %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DeleteDomainCommand</name>
    <message>
        <source>Delete domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DeleteProductCommand</name>
    <message>
        <source>Delete product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DependenciesPage</name>
    <message>
        <source>Consumes no other product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product consumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Consumes %Ln upstream port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln missing from the catalog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read by %Ln downstream product port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DependencyModel</name>
    <message>
        <source>Missing from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; exists in this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DiffModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DomainDialog</name>
    <message>
        <source>New Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case identifier, e.g. marketing-analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain with the id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DomainTreeModel</name>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) in the catalog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::FacetModel</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with all of the checked tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with any of the checked values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::HistoryModel</name>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::HistoryPage</name>
    <message>
        <source>Select a revision to see what it changed, or two revisions (Ctrl+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most two revisions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the first saved version: everything in it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes from revision %1 to revision %2: %Ln change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::InputPortDialog</name>
    <message>
        <source>Add Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the upstream product and the output port this product reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products by id, title, tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no output port to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::InputPortsEditor</name>
    <message>
        <source>Add input…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::MainWindow</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a JSON catalog or product file into this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole catalog to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Selected Products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected products to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected product (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected products (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Do&amp;main…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Domai&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tessera Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products by id, title, description, tag, field… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to see its overview, schema, dependencies and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;catalog opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or export is still running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create the Sample Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the sample catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read the Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera catalogs (*.tessera *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the catalog that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the catalog is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the product &quot;%1&quot; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 and %3. Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the domain &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Tessera Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tessera Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera Studio %1&lt;/h3&gt;&lt;p&gt;A data catalog and governance studio for a data mesh: find data products, see their schemas, lineage and history, and curate them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln products?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input port(s) of other products read it; they will show it as missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln products</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subdomain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::OutputPortModel</name>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::OutputPortsEditor</name>
    <message>
        <source>Add port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the selected port (check PII for personal data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::OverviewPage</name>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sunset on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (created %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b01c1c&quot;&gt;%1 › %2 (missing from the catalog)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;This product reads no other product.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case identifier, e.g. daily-revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic version, e.g. 1.2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a deprecated product stops being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;unset date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. sales, core, gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the product is for and what it contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does not cover, known gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read it, with an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limitations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is part of the product&apos;s id and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with the id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix %Ln problem(s) to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductListModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot; in this catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies (uses %1, used by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema (%Ln PII)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) hold(s) personal data (PII), highlighted below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No field holds personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SaveDomainCommand</name>
    <message>
        <source>Edit domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SaveProductCommand</name>
    <message>
        <source>Edit product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SchemaFieldModel</name>
    <message>
        <source>Check when the field holds personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical type, e.g. string, integer, decimal(12,2), timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SchemaModel</name>
    <message>
        <source>Output port &quot;%1&quot; (%2)
Location: %3
Contract: %4
Schema version: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds personal data (PII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description / location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::TeamListModel</name>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ProductValidator</name>
    <message>
        <source>The domain must be a lower-case identifier (letters, digits, &apos;-&apos;, &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be a lower-case identifier (letters, digits, &apos;-&apos;, &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id must be &quot;%1&quot; (domain and name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version such as 1.2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deprecated product needs a sunset date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output port %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two output ports are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of port &quot;%2&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; has two fields named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 names no upstream product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product cannot consume itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-level objective %1 has no property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain id must be a lower-case identifier (letters, digits, &apos;-&apos;, &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SampleCatalog</name>
    <message>
        <source>The bundled sample catalog is missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install the sample catalog into &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SqliteCatalog</name>
    <message>
        <source>Catalog &quot;%1&quot; is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting facets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the history of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save product &quot;%1&quot;: domain &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing tags of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing inputs of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing observations of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tessera catalog: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; is locked by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a Tessera catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; has schema version %2, newer than this Tessera supports (%3). Update Tessera to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; is read-only: you have no permission to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; cannot be changed: its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; has an older schema (version %2) and must be opened writable once to be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade catalog &quot;%1&quot; from schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create catalog &quot;%1&quot;: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create catalog &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save domain &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save domain &quot;%1&quot;: parent domain &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save domain &quot;%1&quot;: &quot;%2&quot; is below it, so it cannot be its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete domain &quot;%1&quot;: it still has data products. Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete domain &quot;%1&quot;: it still has subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a team without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save team &quot;%1&quot;: domain &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a person without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save person &quot;%1&quot;: team &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save product &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete product &quot;%1&quot;: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading product summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading consumers of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading observations of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a policy without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save policy &quot;%1&quot;: its scope names domain &quot;%2&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/domains/%1/parent: domain &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/domains/%1/parent: domain &quot;%2&quot; would be its own ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/teams/%1/domain: domain &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/people/%1/team: team &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/products/%1/id: product &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/products/%1/domain: domain &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/products/%1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/policies/%1/scope: domain &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/observations: product &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file refers to domains, teams or products that do not exist (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export product &quot;%1&quot;: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading observations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SqliteDatabase</name>
    <message>
        <source>Cannot open catalog &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot;: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tessera Studio: a data catalog and governance studio for a data mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the catalog FILE instead of the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the product with the id ID, e.g. orders.orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product URL (tessera://product/ID) or a catalog file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected at most one target, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product URL such as tessera://product/orders.orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

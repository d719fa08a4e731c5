<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Tessera</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Abgekündigt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogJson</name>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the required value &quot;%1&quot; is missing</source>
        <translation>der Pflichtwert „%1“ fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ ist kein Zeitpunkt nach ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum nach ISO 8601 (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>expected a number or a string, found %1</source>
        <translation>Zahl oder Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tessera catalog file (expected &quot;tessera-catalog&quot;)</source>
        <translation>„%1“ ist keine Tessera-Katalogdatei („tessera-catalog“ erwartet)</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>Ganzzahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Tessera reads (%2); update Tessera</source>
        <translation>Formatversion %1 ist neuer als die, die dieses Tessera liest (%2); bitte Tessera aktualisieren</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation>%1: kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::CatalogTransfer</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Exporting the catalog to %1…</source>
        <translation>Der Katalog wird nach %1 exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln product(s) to %1…</source>
        <translation>
            <numerusform>%Ln Produkt wird nach %1 exportiert …</numerusform>
            <numerusform>%Ln Produkte werden nach %1 exportiert …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::CustomPropertyModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DeleteDomainCommand</name>
    <message>
        <source>Delete domain &quot;%1&quot;</source>
        <translation>Domäne „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DeleteProductCommand</name>
    <message>
        <source>Delete product &quot;%1&quot;</source>
        <translation>Produkt „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DependenciesPage</name>
    <message>
        <source>Consumes no other product</source>
        <translation>Nutzt kein anderes Produkt</translation>
    </message>
    <message>
        <source>No product consumes it</source>
        <translation>Kein Produkt nutzt es</translation>
    </message>
    <message numerus="yes">
        <source>Consumes %Ln upstream port(s)</source>
        <translation>
            <numerusform>Nutzt %Ln vorgelagerten Port</numerusform>
            <numerusform>Nutzt %Ln vorgelagerte Ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln missing from the catalog</source>
        <translation>
            <numerusform>%1, %Ln davon fehlt im Katalog</numerusform>
            <numerusform>%1, %Ln davon fehlen im Katalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read by %Ln downstream product port(s)</source>
        <translation>
            <numerusform>Gelesen von %Ln nachgelagerten Produktport</numerusform>
            <numerusform>Gelesen von %Ln nachgelagerten Produktports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DependencyModel</name>
    <message>
        <source>Missing from the catalog</source>
        <translation>Fehlt im Katalog</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; exists in this catalog</source>
        <translation>In diesem Katalog gibt es kein Produkt „%1“</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklick öffnet %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DiffModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DomainDialog</name>
    <message>
        <source>New Domain</source>
        <translation>Neue Domäne</translation>
    </message>
    <message>
        <source>Edit Domain %1</source>
        <translation>Domäne %1 bearbeiten</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>lower-case identifier, e.g. marketing-analytics</source>
        <translation>Bezeichner in Kleinbuchstaben, z. B. marketing-analytics</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Parent domain:</source>
        <translation>Ü&amp;bergeordnete Domäne:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A domain with the id &quot;%1&quot; already exists.</source>
        <translation>Eine Domäne mit der Kennung „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::DomainTreeModel</name>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) in the catalog</source>
        <translation>
            <numerusform>%Ln Produkt im Katalog</numerusform>
            <numerusform>%Ln Produkte im Katalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::FacetModel</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Products with all of the checked tags</source>
        <translation>Produkte mit allen ausgewählten Schlagwörtern</translation>
    </message>
    <message>
        <source>Products with any of the checked values</source>
        <translation>Produkte mit einem der ausgewählten Werte</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::HistoryModel</name>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::HistoryPage</name>
    <message>
        <source>Select a revision to see what it changed, or two revisions (Ctrl+click) to compare them.</source>
        <translation>Wählen Sie eine Revision, um ihre Änderungen zu sehen, oder zwei Revisionen (Strg+Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>No revision selected.</source>
        <translation>Keine Revision ausgewählt.</translation>
    </message>
    <message>
        <source>Select at most two revisions to compare.</source>
        <translation>Wählen Sie höchstens zwei Revisionen zum Vergleich.</translation>
    </message>
    <message>
        <source>Revision %1 is the first saved version: everything in it was added.</source>
        <translation>Revision %1 ist die erste gespeicherte Fassung: alles darin wurde hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Changes from revision %1 to revision %2: %Ln change(s).</source>
        <translation>
            <numerusform>Von Revision %1 zu Revision %2: %Ln Änderung.</numerusform>
            <numerusform>Von Revision %1 zu Revision %2: %Ln Änderungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::InputPortDialog</name>
    <message>
        <source>Add Input</source>
        <translation>Eingang hinzufügen</translation>
    </message>
    <message>
        <source>Choose the upstream product and the output port this product reads.</source>
        <translation>Wählen Sie das vorgelagerte Produkt und den Ausgabeport, den dieses Produkt liest.</translation>
    </message>
    <message>
        <source>Search products by id, title, tag…</source>
        <translation>Produkte nach Kennung, Titel, Schlagwort suchen …</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>%1 has no output port to read.</source>
        <translation>%1 hat keinen Ausgabeport zum Lesen.</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::InputPortsEditor</name>
    <message>
        <source>Add input…</source>
        <translation>Eingang hinzufügen …</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Eingang entfernen</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::MainWindow</name>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Cannot read products: %1</source>
        <translation>Produkte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Catalog Error</source>
        <translation>Katalogfehler</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>&amp;Neuer Katalog …</translation>
    </message>
    <message>
        <source>Create a new, empty catalog file</source>
        <translation>Eine neue, leere Katalogdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>Katalog ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Merge a JSON catalog or product file into this catalog</source>
        <translation>Eine JSON-Katalog- oder -Produktdatei in diesen Katalog übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export Catalog…</source>
        <translation>Katalog &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the whole catalog to a JSON file</source>
        <translation>Den ganzen Katalog in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Selected Products…</source>
        <translation>&amp;Ausgewählte Produkte exportieren …</translation>
    </message>
    <message>
        <source>Write the selected products to a JSON file</source>
        <translation>Die ausgewählten Produkte in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Products</source>
        <translation>Produkte &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>&amp;Neues Produkt …</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Neues Produkt (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Product…</source>
        <translation>Produkt &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected product (F2)</source>
        <translation>Das ausgewählte Produkt bearbeiten (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete Product…</source>
        <translation>Produkt &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the selected products (Delete)</source>
        <translation>Die ausgewählten Produkte löschen (Entf)</translation>
    </message>
    <message>
        <source>New &amp;Domain…</source>
        <translation>Neue &amp;Domäne …</translation>
    </message>
    <message>
        <source>Edit Do&amp;main…</source>
        <translation>Domäne b&amp;earbeiten …</translation>
    </message>
    <message>
        <source>Delete Domai&amp;n…</source>
        <translation>Domäne l&amp;öschen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>D&amp;omäne</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tessera Studio</source>
        <translation>&amp;Über Tessera Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Search products by id, title, description, tag, field… (Ctrl+F)</source>
        <translation>Produkte nach Kennung, Titel, Beschreibung, Schlagwort, Feld … suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select a product to see its overview, schema, dependencies and history.</source>
        <translation>Wählen Sie ein Produkt, um Übersicht, Schema, Abhängigkeiten und Historie zu sehen.</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>&lt;catalog opened&gt;</source>
        <translation>&lt;Katalog geöffnet&gt;</translation>
    </message>
    <message>
        <source>Transfer Running</source>
        <translation>Übertragung läuft</translation>
    </message>
    <message>
        <source>An import or export is still running. Cancel it and quit?</source>
        <translation>Ein Import oder Export läuft noch. Abbrechen und beenden?</translation>
    </message>
    <message>
        <source>Cannot Create the Sample Catalog</source>
        <translation>Beispielkatalog kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created the sample catalog %1</source>
        <translation>Beispielkatalog %1 angelegt</translation>
    </message>
    <message>
        <source>Cannot Open Catalog</source>
        <translation>Katalog kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Read the Catalog</source>
        <translation>Katalog kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>New Catalog</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <source>catalog.tessera</source>
        <translation>katalog.tessera</translation>
    </message>
    <message>
        <source>Tessera catalogs (*.tessera *.db);;All files (*)</source>
        <translation>Tessera-Kataloge (*.tessera *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Create Catalog</source>
        <translation>Katalog kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the catalog that is open.</source>
        <translation>„%1“ ist der geöffnete Katalog.</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Selected Products</source>
        <translation>Ausgewählte Produkte exportieren</translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import cancelled; the catalog is unchanged.</source>
        <translation>Import abgebrochen; der Katalog ist unverändert.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported %1: %2, %3, %4.</source>
        <translation>%1 importiert: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Cannot Edit Product</source>
        <translation>Produkt kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; no longer exists.</source>
        <translation>Das Produkt „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot Delete Product</source>
        <translation>Produkt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete the product &quot;%1&quot; (%2)?</source>
        <translation>Das Produkt „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Sie können das mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete Product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot Edit Domain</source>
        <translation>Domäne kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; no longer exists.</source>
        <translation>Die Domäne „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Domain</source>
        <translation>Domäne löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 and %3. Move or delete them first.</source>
        <translation>„%1“ enthält noch %2 und %3. Verschieben oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Cannot Delete Domain</source>
        <translation>Domäne kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete the domain &quot;%1&quot;?</source>
        <translation>Die Domäne „%1“ löschen?</translation>
    </message>
    <message>
        <source>Tessera Studio</source>
        <translation>Tessera Studio</translation>
    </message>
    <message>
        <source>%1[*] — Tessera Studio</source>
        <translation>%1[*] — Tessera Studio</translation>
    </message>
    <message>
        <source>About Tessera Studio</source>
        <translation>Über Tessera Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera Studio %1&lt;/h3&gt;&lt;p&gt;A data catalog and governance studio for a data mesh: find data products, see their schemas, lineage and history, and curate them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera Studio %1&lt;/h3&gt;&lt;p&gt;Ein Datenkatalog und Governance-Studio für ein Data Mesh: Datenprodukte finden, ihre Schemas, Herkunft und Historie einsehen und sie pflegen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln domain(s)</source>
        <translation>
            <numerusform>%Ln Domäne</numerusform>
            <numerusform>%Ln Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln products?</source>
        <translation>
            <numerusform>%Ln Produkt löschen?</numerusform>
            <numerusform>%Ln Produkte löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input port(s) of other products read it; they will show it as missing.</source>
        <translation>
            <numerusform>%Ln Eingang eines anderen Produkts liest es; er wird es als fehlend anzeigen.</numerusform>
            <numerusform>%Ln Eingänge anderer Produkte lesen es; sie werden es als fehlend anzeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln products</source>
        <translation>
            <numerusform>%Ln Produkt löschen</numerusform>
            <numerusform>%Ln Produkte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subdomain(s)</source>
        <translation>
            <numerusform>%Ln Unterdomäne</numerusform>
            <numerusform>%Ln Unterdomänen</numerusform>
        </translation>
    </message>
    <message>
        <source>Best %L1 matches (counting…)</source>
        <translation>Die besten %L1 Treffer (wird gezählt…)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s), best %L1 shown</source>
        <translation>
            <numerusform>%Ln Produkt, die besten %L1 angezeigt</numerusform>
            <numerusform>%Ln Produkte, die besten %L1 angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::OutputPortModel</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld</numerusform>
            <numerusform>%Ln Felder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::OutputPortsEditor</name>
    <message>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Port entfernen</translation>
    </message>
    <message>
        <source>Fields of the selected port (check PII for personal data):</source>
        <translation>Felder des ausgewählten Ports (PII für personenbezogene Daten ankreuzen):</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::OverviewPage</name>
    <message>
        <source>Facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Klassifizierung:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Owner team:</source>
        <translation>Verantwortliches Team:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Einschränkungen:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Ausgabeports</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1, sunset on %2</source>
        <translation>%1, Abschaltung am %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (created %2)</source>
        <translation>%1 (angelegt %2)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b01c1c&quot;&gt;%1 › %2 (missing from the catalog)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b01c1c&quot;&gt;%1 › %2 (fehlt im Katalog)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;This product reads no other product.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dieses Produkt liest kein anderes Produkt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>No service-level objectives.</source>
        <translation>Keine Service-Level-Ziele.</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Edit Product %1</source>
        <translation>Produkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Output Ports</source>
        <translation>Ausgabeports</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>lower-case identifier, e.g. daily-revenue</source>
        <translation>Bezeichner in Kleinbuchstaben, z. B. daily-revenue</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>semantic version, e.g. 1.2.0</source>
        <translation>semantische Version, z. B. 1.2.0</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>When a deprecated product stops being served</source>
        <translation>Ab wann ein abgekündigtes Produkt nicht mehr bereitgestellt wird</translation>
    </message>
    <message>
        <source>S&amp;unset date:</source>
        <translation>Ab&amp;schaltdatum:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Klassifizierung:</translation>
    </message>
    <message>
        <source>&amp;Owner team:</source>
        <translation>Verantwortliches T&amp;eam:</translation>
    </message>
    <message>
        <source>comma separated, e.g. sales, core, gold</source>
        <translation>durch Kommas getrennt, z. B. sales, core, gold</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schl&amp;agwörter:</translation>
    </message>
    <message>
        <source>What the product is for and what it contains</source>
        <translation>Wofür das Produkt da ist und was es enthält</translation>
    </message>
    <message>
        <source>What it does not cover, known gaps</source>
        <translation>Was es nicht abdeckt, bekannte Lücken</translation>
    </message>
    <message>
        <source>How to read it, with an example</source>
        <translation>Wie man es liest, mit einem Beispiel</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Limitations:</source>
        <translation>&amp;Einschränkungen:</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>The name is part of the product&apos;s id and cannot change.</source>
        <translation>Der Name ist Teil der Produktkennung und kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>A product with the id &quot;%1&quot; already exists.</source>
        <translation>Ein Produkt mit der Kennung „%1“ existiert bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Fix %Ln problem(s) to continue.</source>
        <translation>
            <numerusform>Beheben Sie %Ln Problem, um fortzufahren.</numerusform>
            <numerusform>Beheben Sie %Ln Probleme, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service Levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Support &amp;&amp; People</source>
        <translation>Support &amp;&amp; Personen</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message>
        <source>Facts of your own about the product, e.g. costCenter = CC-1001</source>
        <translation>Eigene Angaben zum Produkt, z. B. costCenter = CC-1001</translation>
    </message>
    <message>
        <source>Custom p&amp;roperties:</source>
        <translation>Eigene Ei&amp;genschaften:</translation>
    </message>
    <message>
        <source>Service-level objectives, e.g. latency 4 h on orders.order_ts (ODCS slaProperties). A value that reads as a number is stored as one.</source>
        <translation>Service-Level-Ziele, z. B. latency 4 h auf orders.order_ts (ODCS slaProperties). Ein Wert, der sich als Zahl lesen lässt, wird als Zahl gespeichert.</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Support channels</source>
        <translation>Support-Kanäle</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Where consumers ask for help, e.g. slack and a chat URL, or email and a mailto: address</source>
        <translation>Wo Nutzer Hilfe bekommen, z. B. slack und eine Chat-URL oder email und eine mailto:-Adresse</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Two service-level objectives have the id &quot;%1&quot;.</source>
        <translation>Zwei Service-Level-Ziele haben die Id „%1“.</translation>
    </message>
    <message>
        <source>Custom property %1 has no key.</source>
        <translation>Eigene Eigenschaft %1 hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Two custom properties have the key &quot;%1&quot;.</source>
        <translation>Zwei eigene Eigenschaften haben den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Support channel %1 is empty.</source>
        <translation>Support-Kanal %1 ist leer.</translation>
    </message>
    <message>
        <source>Role %1 names no person.</source>
        <translation>Rolle %1 nennt keine Person.</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductListModel</name>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ProductPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot; in this catalog.</source>
        <translation>In diesem Katalog gibt es kein Produkt „%1“.</translation>
    </message>
    <message>
        <source>Dependencies (uses %1, used by %2)</source>
        <translation>Abhängigkeiten (nutzt %1, genutzt von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld</numerusform>
            <numerusform>%Ln Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output port(s)</source>
        <translation>
            <numerusform>%Ln Ausgabeport</numerusform>
            <numerusform>%Ln Ausgabeports</numerusform>
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
            <numerusform>Historie (%Ln)</numerusform>
            <numerusform>Historie (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) hold(s) personal data (PII), highlighted below.</source>
        <translation>
            <numerusform>%Ln Feld enthält personenbezogene Daten (PII), unten hervorgehoben.</numerusform>
            <numerusform>%Ln Felder enthalten personenbezogene Daten (PII), unten hervorgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No field holds personal data.</source>
        <translation>Kein Feld enthält personenbezogene Daten.</translation>
    </message>
    <message>
        <source>%1 in %2. %3</source>
        <translation>%1 in %2. %3</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::RoleAssignmentModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SaveDomainCommand</name>
    <message>
        <source>Edit domain &quot;%1&quot;</source>
        <translation>Domäne „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Create domain &quot;%1&quot;</source>
        <translation>Domäne „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SaveProductCommand</name>
    <message>
        <source>Edit product &quot;%1&quot;</source>
        <translation>Produkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Create product &quot;%1&quot;</source>
        <translation>Produkt „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SchemaFieldModel</name>
    <message>
        <source>Check when the field holds personal data</source>
        <translation>Ankreuzen, wenn das Feld personenbezogene Daten enthält</translation>
    </message>
    <message>
        <source>Logical type, e.g. string, integer, decimal(12,2), timestamp</source>
        <translation>Logischer Typ, z. B. string, integer, decimal(12,2), timestamp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>Nullbar</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SchemaModel</name>
    <message>
        <source>Output port &quot;%1&quot; (%2)
Location: %3
Contract: %4
Schema version: %5</source>
        <translation>Ausgabeport „%1“ (%2)
Ort: %3
Vertrag: %4
Schemaversion: %5</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>%1 holds personal data (PII)</source>
        <translation>%1 enthält personenbezogene Daten (PII)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>Nullbar</translation>
    </message>
    <message>
        <source>Description / location</source>
        <translation>Beschreibung / Ort</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SearchWorker</name>
    <message>
        <source>No catalog is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SloModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::SupportChannelModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::TeamListModel</name>
    <message>
        <source>(no owner)</source>
        <translation>(kein Eigentümer)</translation>
    </message>
</context>
<context>
    <name>Tessera::ProductValidator</name>
    <message>
        <source>The domain must be a lower-case identifier (letters, digits, &apos;-&apos;, &apos;_&apos;).</source>
        <translation>Die Domäne muss ein Bezeichner in Kleinbuchstaben sein (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The name must be a lower-case identifier (letters, digits, &apos;-&apos;, &apos;_&apos;).</source>
        <translation>Der Name muss ein Bezeichner in Kleinbuchstaben sein (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The id must be &quot;%1&quot; (domain and name).</source>
        <translation>Die Kennung muss „%1“ lauten (Domäne und Name).</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Der Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version such as 1.2.0.</source>
        <translation>„%1“ ist keine semantische Version wie 1.2.0.</translation>
    </message>
    <message>
        <source>A deprecated product needs a sunset date.</source>
        <translation>Ein abgekündigtes Produkt braucht ein Abschaltdatum.</translation>
    </message>
    <message>
        <source>Output port %1 has no name.</source>
        <translation>Ausgabeport %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two output ports are named &quot;%1&quot;.</source>
        <translation>Zwei Ausgabeports heißen „%1“.</translation>
    </message>
    <message>
        <source>Field %1 of port &quot;%2&quot; has no name.</source>
        <translation>Feld %1 von Port „%2“ hat keinen Namen.</translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; has two fields named &quot;%2&quot;.</source>
        <translation>Port „%1“ hat zwei Felder namens „%2“.</translation>
    </message>
    <message>
        <source>Input %1 names no upstream product.</source>
        <translation>Eingang %1 nennt kein vorgelagertes Produkt.</translation>
    </message>
    <message>
        <source>A product cannot consume itself.</source>
        <translation>Ein Produkt kann sich nicht selbst nutzen.</translation>
    </message>
    <message>
        <source>Service-level objective %1 has no property.</source>
        <translation>Service-Level-Ziel %1 hat keine Eigenschaft.</translation>
    </message>
    <message>
        <source>The domain id must be a lower-case identifier (letters, digits, &apos;-&apos;, &apos;_&apos;).</source>
        <translation>Die Domänenkennung muss ein Bezeichner in Kleinbuchstaben sein (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The domain name is required.</source>
        <translation>Der Domänenname ist erforderlich.</translation>
    </message>
    <message>
        <source>A domain cannot be its own parent.</source>
        <translation>Eine Domäne kann nicht ihre eigene übergeordnete Domäne sein.</translation>
    </message>
</context>
<context>
    <name>Tessera::SampleCatalog</name>
    <message>
        <source>The bundled sample catalog is missing from this build (%1).</source>
        <translation>Der mitgelieferte Beispielkatalog fehlt in diesem Build (%1).</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot install the sample catalog into &quot;%1&quot;: %2</source>
        <translation>Der Beispielkatalog kann nicht in „%1“ angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::SqliteCatalog</name>
    <message>
        <source>Catalog &quot;%1&quot; is open read-only.</source>
        <translation>Katalog „%1“ ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>lookup of &quot;%1&quot;</source>
        <translation>Suche nach „%1“</translation>
    </message>
    <message>
        <source>reading domains</source>
        <translation>beim Lesen der Domänen</translation>
    </message>
    <message>
        <source>counting facets</source>
        <translation>beim Zählen der Facetten</translation>
    </message>
    <message>
        <source>reading product &quot;%1&quot;</source>
        <translation>beim Lesen von Produkt „%1“</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; in %2</source>
        <translation>Produkt „%1“ in %2</translation>
    </message>
    <message>
        <source>recording the history of &quot;%1&quot;</source>
        <translation>beim Speichern der Historie von „%1“</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>beim Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <source>deleting product &quot;%1&quot;</source>
        <translation>beim Löschen von Produkt „%1“</translation>
    </message>
    <message>
        <source>writing product &quot;%1&quot;</source>
        <translation>beim Schreiben von Produkt „%1“</translation>
    </message>
    <message>
        <source>Cannot save product &quot;%1&quot;: domain &quot;%2&quot; does not exist.</source>
        <translation>Produkt „%1“ kann nicht gespeichert werden: Domäne „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>writing tags of &quot;%1&quot;</source>
        <translation>beim Schreiben der Schlagwörter von „%1“</translation>
    </message>
    <message>
        <source>writing inputs of &quot;%1&quot;</source>
        <translation>beim Schreiben der Eingänge von „%1“</translation>
    </message>
    <message>
        <source>writing domain &quot;%1&quot;</source>
        <translation>beim Schreiben von Domäne „%1“</translation>
    </message>
    <message>
        <source>writing team &quot;%1&quot;</source>
        <translation>beim Schreiben von Team „%1“</translation>
    </message>
    <message>
        <source>writing person &quot;%1&quot;</source>
        <translation>beim Schreiben von Person „%1“</translation>
    </message>
    <message>
        <source>writing policy &quot;%1&quot;</source>
        <translation>beim Schreiben von Richtlinie „%1“</translation>
    </message>
    <message>
        <source>writing observations of &quot;%1&quot;</source>
        <translation>beim Schreiben der Messwerte von „%1“</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; does not exist.</source>
        <translation>Katalog „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tessera catalog: it is not an SQLite database.</source>
        <translation>„%1“ ist kein Tessera-Katalog: es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; is locked by another program; close it and try again.</source>
        <translation>Katalog „%1“ ist von einem anderen Programm gesperrt; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a Tessera catalog.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Tessera-Katalog.</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; has schema version %2, newer than this Tessera supports (%3). Update Tessera to open it.</source>
        <translation>Katalog „%1“ hat die Schemaversion %2, neuer als dieses Tessera unterstützt (%3). Aktualisieren Sie Tessera, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; is read-only: you have no permission to change it.</source>
        <translation>Katalog „%1“ ist schreibgeschützt: Sie haben keine Berechtigung, ihn zu ändern.</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; cannot be changed: its folder is read-only.</source>
        <translation>Katalog „%1“ kann nicht geändert werden: sein Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; has an older schema (version %2) and must be opened writable once to be upgraded.</source>
        <translation>Katalog „%1“ hat ein älteres Schema (Version %2) und muss einmal beschreibbar geöffnet werden, um aktualisiert zu werden.</translation>
    </message>
    <message>
        <source>Cannot upgrade catalog &quot;%1&quot; from schema version %2: %3</source>
        <translation>Katalog „%1“ kann nicht von Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot create catalog &quot;%1&quot;: the file already exists.</source>
        <translation>Katalog „%1“ kann nicht angelegt werden: die Datei existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create catalog &quot;%1&quot;: %2</source>
        <translation>Katalog „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save domain &quot;%1&quot;: %2</source>
        <translation>Domäne „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save domain &quot;%1&quot;: parent domain &quot;%2&quot; does not exist.</source>
        <translation>Domäne „%1“ kann nicht gespeichert werden: die übergeordnete Domäne „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save domain &quot;%1&quot;: &quot;%2&quot; is below it, so it cannot be its parent.</source>
        <translation>Domäne „%1“ kann nicht gespeichert werden: „%2“ liegt unter ihr und kann daher nicht übergeordnet sein.</translation>
    </message>
    <message>
        <source>Cannot delete domain &quot;%1&quot;: it still has data products. Move or delete them first.</source>
        <translation>Domäne „%1“ kann nicht gelöscht werden: sie enthält noch Datenprodukte. Verschieben oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Cannot delete domain &quot;%1&quot;: it still has subdomains.</source>
        <translation>Domäne „%1“ kann nicht gelöscht werden: sie hat noch Unterdomänen.</translation>
    </message>
    <message>
        <source>deleting domain &quot;%1&quot;</source>
        <translation>beim Löschen von Domäne „%1“</translation>
    </message>
    <message>
        <source>reading teams</source>
        <translation>beim Lesen der Teams</translation>
    </message>
    <message>
        <source>Cannot save a team without an id.</source>
        <translation>Ein Team ohne Kennung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save team &quot;%1&quot;: domain &quot;%2&quot; does not exist.</source>
        <translation>Team „%1“ kann nicht gespeichert werden: Domäne „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>deleting team &quot;%1&quot;</source>
        <translation>beim Löschen von Team „%1“</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>beim Lesen der Personen</translation>
    </message>
    <message>
        <source>Cannot save a person without an id.</source>
        <translation>Eine Person ohne Kennung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save person &quot;%1&quot;: team &quot;%2&quot; does not exist.</source>
        <translation>Person „%1“ kann nicht gespeichert werden: Team „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>deleting person &quot;%1&quot;</source>
        <translation>beim Löschen von Person „%1“</translation>
    </message>
    <message>
        <source>counting products</source>
        <translation>beim Zählen der Produkte</translation>
    </message>
    <message>
        <source>Cannot save product &quot;%1&quot;: %2</source>
        <translation>Produkt „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete product &quot;%1&quot;: it does not exist.</source>
        <translation>Produkt „%1“ kann nicht gelöscht werden: es existiert nicht.</translation>
    </message>
    <message>
        <source>searching for &quot;%1&quot;</source>
        <translation>bei der Suche nach „%1“</translation>
    </message>
    <message>
        <source>reading product summaries</source>
        <translation>beim Lesen der Produktübersichten</translation>
    </message>
    <message>
        <source>reading consumers of &quot;%1&quot;</source>
        <translation>beim Lesen der Nutzer von „%1“</translation>
    </message>
    <message>
        <source>reading lineage</source>
        <translation>beim Lesen der Datenherkunft</translation>
    </message>
    <message>
        <source>reading the history of &quot;%1&quot;</source>
        <translation>beim Lesen der Historie von „%1“</translation>
    </message>
    <message>
        <source>reading observations of &quot;%1&quot;</source>
        <translation>beim Lesen der Messwerte von „%1“</translation>
    </message>
    <message>
        <source>reading policies</source>
        <translation>beim Lesen der Richtlinien</translation>
    </message>
    <message>
        <source>Cannot save a policy without an id.</source>
        <translation>Eine Richtlinie ohne Kennung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save policy &quot;%1&quot;: its scope names domain &quot;%2&quot;, which does not exist.</source>
        <translation>Richtlinie „%1“ kann nicht gespeichert werden: ihr Geltungsbereich nennt die nicht existierende Domäne „%2“.</translation>
    </message>
    <message>
        <source>deleting policy &quot;%1&quot;</source>
        <translation>beim Löschen von Richtlinie „%1“</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>beim Zählen</translation>
    </message>
    <message>
        <source>/domains/%1/parent: domain &quot;%2&quot; does not exist</source>
        <translation>/domains/%1/parent: Domäne „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>/domains/%1/parent: domain &quot;%2&quot; would be its own ancestor</source>
        <translation>/domains/%1/parent: Domäne „%2“ wäre ihr eigener Vorfahre</translation>
    </message>
    <message>
        <source>/teams/%1/domain: domain &quot;%2&quot; does not exist</source>
        <translation>/teams/%1/domain: Domäne „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>/people/%1/team: team &quot;%2&quot; does not exist</source>
        <translation>/people/%1/team: Team „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>/products/%1/id: product &quot;%2&quot; appears twice</source>
        <translation>/products/%1/id: Produkt „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>/products/%1/domain: domain &quot;%2&quot; does not exist</source>
        <translation>/products/%1/domain: Domäne „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>/products/%1/%2: %3</source>
        <translation>/products/%1/%2: %3</translation>
    </message>
    <message>
        <source>/policies/%1/scope: domain &quot;%2&quot; does not exist</source>
        <translation>/policies/%1/scope: Domäne „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>/observations: product &quot;%1&quot; does not exist</source>
        <translation>/observations: Produkt „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Es wurde nichts importiert:
%1</translation>
    </message>
    <message>
        <source>Nothing was imported: the file refers to domains, teams or products that do not exist (%1).</source>
        <translation>Es wurde nichts importiert: die Datei verweist auf Domänen, Teams oder Produkte, die nicht existieren (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>listing products</source>
        <translation>beim Auflisten der Produkte</translation>
    </message>
    <message>
        <source>Cannot export product &quot;%1&quot;: it does not exist.</source>
        <translation>Produkt „%1“ kann nicht exportiert werden: es existiert nicht.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>reading observations</source>
        <translation>beim Lesen der Messwerte</translation>
    </message>
    <message>
        <source>Cannot delete domain &quot;%1&quot;: policies are scoped to it.</source>
        <translation>Die Domäne „%1“ kann nicht gelöscht werden: Richtlinien gelten für sie.</translation>
    </message>
</context>
<context>
    <name>Tessera::SqliteDatabase</name>
    <message>
        <source>Cannot open catalog &quot;%1&quot;: %2</source>
        <translation>Katalog „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot;: %2</source>
        <translation>Katalog „%1“: %2</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot;: %2: %3</source>
        <translation>Katalog „%1“: %2: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tessera Studio: a data catalog and governance studio for a data mesh.</source>
        <translation>Tessera Studio: ein Datenkatalog und Governance-Studio für ein Data Mesh.</translation>
    </message>
    <message>
        <source>Open the catalog FILE instead of the last one.</source>
        <translation>Den Katalog DATEI statt des zuletzt geöffneten öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Show the product with the id ID, e.g. orders.orders.</source>
        <translation>Das Produkt mit der Kennung ID zeigen, z. B. orders.orders.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A product URL (tessera://product/ID) or a catalog file.</source>
        <translation>Eine Produkt-URL (tessera://product/ID) oder eine Katalogdatei.</translation>
    </message>
    <message>
        <source>Expected at most one target, got %1.</source>
        <translation>Höchstens ein Ziel erwartet, %1 erhalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product URL such as tessera://product/orders.orders.</source>
        <translation>„%1“ ist keine Produkt-URL wie tessera://product/orders.orders.</translation>
    </message>
</context>
</TS>

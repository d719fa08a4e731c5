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
    <name>Tessera::CelCompiler</name>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>undeclared reference to &apos;%1&apos;</source>
        <translation>Verweis auf nicht deklarierten Namen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1.%2&apos;</source>
        <translation>unbekannte Funktion &apos;%1.%2&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Tessera::CelCompletion</name>
    <message>
        <source>One of: %1.</source>
        <translation>Einer der Werte: %1.</translation>
    </message>
    <message>
        <source>True when the predicate holds for every element.</source>
        <translation>Wahr, wenn das Prädikat für jedes Element gilt.</translation>
    </message>
    <message>
        <source>True when the predicate holds for at least one element.</source>
        <translation>Wahr, wenn das Prädikat für mindestens ein Element gilt.</translation>
    </message>
    <message>
        <source>True when the predicate holds for exactly one element.</source>
        <translation>Wahr, wenn das Prädikat für genau ein Element gilt.</translation>
    </message>
    <message>
        <source>The elements for which the predicate holds.</source>
        <translation>Die Elemente, für die das Prädikat gilt.</translation>
    </message>
    <message>
        <source>Each element transformed.</source>
        <translation>Jedes Element, umgewandelt.</translation>
    </message>
    <message>
        <source>Number of elements, entries or characters.</source>
        <translation>Anzahl der Elemente, Einträge oder Zeichen.</translation>
    </message>
    <message>
        <source>The strings of the list joined with the separator.</source>
        <translation>Die Zeichenketten der Liste, mit dem Trennzeichen verbunden.</translation>
    </message>
    <message>
        <source>True when the text contains the argument.</source>
        <translation>Wahr, wenn der Text das Argument enthält.</translation>
    </message>
    <message>
        <source>True when the text starts with the argument.</source>
        <translation>Wahr, wenn der Text mit dem Argument beginnt.</translation>
    </message>
    <message>
        <source>True when the text ends with the argument.</source>
        <translation>Wahr, wenn der Text mit dem Argument endet.</translation>
    </message>
    <message>
        <source>True when the RE2 regular expression matches part of the text.</source>
        <translation>Wahr, wenn der reguläre RE2-Ausdruck auf einen Teil des Textes passt.</translation>
    </message>
    <message>
        <source>The text with ASCII letters in lower case.</source>
        <translation>Der Text mit ASCII-Buchstaben in Kleinschreibung.</translation>
    </message>
    <message>
        <source>The text with ASCII letters in upper case.</source>
        <translation>Der Text mit ASCII-Buchstaben in Großschreibung.</translation>
    </message>
    <message>
        <source>The text without leading and trailing white space.</source>
        <translation>Der Text ohne Leerraum am Anfang und am Ende.</translation>
    </message>
    <message>
        <source>The parts of the text between separators.</source>
        <translation>Die Teile des Textes zwischen den Trennzeichen.</translation>
    </message>
    <message>
        <source>The text with every occurrence of a substring replaced.</source>
        <translation>Der Text, in dem jedes Vorkommen einer Teilzeichenkette ersetzt ist.</translation>
    </message>
    <message>
        <source>Position of the first occurrence of the argument, or -1.</source>
        <translation>Position des ersten Vorkommens des Arguments oder -1.</translation>
    </message>
    <message>
        <source>The characters from a start to an end position.</source>
        <translation>Die Zeichen von einer Start- bis zu einer Endposition.</translation>
    </message>
    <message>
        <source>A part of the time, in UTC or the given time zone.</source>
        <translation>Ein Teil des Zeitpunkts, in UTC oder in der angegebenen Zeitzone.</translation>
    </message>
    <message>
        <source>The product being checked, as its canonical document.</source>
        <translation>Das geprüfte Produkt als kanonisches Dokument.</translation>
    </message>
    <message>
        <source>The domain the product belongs to.</source>
        <translation>Die Domäne, zu der das Produkt gehört.</translation>
    </message>
    <message>
        <source>The documents of the products this product consumes.</source>
        <translation>Die Dokumente der Produkte, die dieses Produkt nutzt.</translation>
    </message>
    <message>
        <source>The time of the check.</source>
        <translation>Der Zeitpunkt der Prüfung.</translation>
    </message>
    <message>
        <source>True when the field is present.</source>
        <translation>Wahr, wenn das Feld vorhanden ist.</translation>
    </message>
    <message>
        <source>A timestamp from RFC 3339 text, e.g. timestamp(product.updatedAt).</source>
        <translation>Ein Zeitstempel aus Text nach RFC 3339, z. B. timestamp(product.updatedAt).</translation>
    </message>
    <message>
        <source>A duration from text such as &quot;24h&quot; or &quot;90m&quot;.</source>
        <translation>Eine Dauer aus Text wie &quot;24h&quot; oder &quot;90m&quot;.</translation>
    </message>
    <message>
        <source>Converts to an integer.</source>
        <translation>Wandelt in eine Ganzzahl um.</translation>
    </message>
    <message>
        <source>Converts to a floating-point number.</source>
        <translation>Wandelt in eine Gleitkommazahl um.</translation>
    </message>
    <message>
        <source>Converts to text.</source>
        <translation>Wandelt in Text um.</translation>
    </message>
    <message>
        <source>The type of a value.</source>
        <translation>Der Typ eines Werts.</translation>
    </message>
    <message>
        <source>True when the list contains the value, or the map the key.</source>
        <translation>Wahr, wenn die Liste den Wert bzw. die Map den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Bound by the enclosing macro.</source>
        <translation>Vom umgebenden Makro gebunden.</translation>
    </message>
</context>
<context>
    <name>Tessera::CelEvaluator</name>
    <message>
        <source>no matching overload for &apos;%1&apos; applied to (%2)</source>
        <translation>keine passende Überladung für &apos;%1&apos; mit Argumenten (%2)</translation>
    </message>
    <message>
        <source>integer overflow</source>
        <translation>Ganzzahlüberlauf</translation>
    </message>
    <message>
        <source>range error: value out of range for the conversion</source>
        <translation>Bereichsfehler: der Wert liegt außerhalb des Bereichs der Umwandlung</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>modulus by zero</source>
        <translation>Modulo durch null</translation>
    </message>
    <message>
        <source>no such key: %1</source>
        <translation>kein solcher Schlüssel: %1</translation>
    </message>
    <message>
        <source>invalid_argument: index %1 is not an integer</source>
        <translation>invalid_argument: Index %1 ist keine Ganzzahl</translation>
    </message>
    <message>
        <source>invalid_argument: cannot index a list with %1</source>
        <translation>invalid_argument: eine Liste kann nicht mit %1 indiziert werden</translation>
    </message>
    <message>
        <source>invalid_argument: index %1 out of range for a list of size %2</source>
        <translation>invalid_argument: Index %1 liegt außerhalb des Bereichs einer Liste der Größe %2</translation>
    </message>
    <message>
        <source>cannot convert &quot;%1&quot; to int</source>
        <translation>„%1“ kann nicht in int umgewandelt werden</translation>
    </message>
    <message>
        <source>cannot convert &quot;%1&quot; to uint</source>
        <translation>„%1“ kann nicht in uint umgewandelt werden</translation>
    </message>
    <message>
        <source>cannot convert &quot;%1&quot; to double</source>
        <translation>„%1“ kann nicht in double umgewandelt werden</translation>
    </message>
    <message>
        <source>invalid UTF-8 in bytes converted to string</source>
        <translation>ungültiges UTF-8 in bytes bei der Umwandlung in string</translation>
    </message>
    <message>
        <source>type conversion error: &quot;%1&quot; is not a bool</source>
        <translation>Typumwandlungsfehler: „%1“ ist kein bool</translation>
    </message>
    <message>
        <source>undeclared reference to &apos;%1&apos;</source>
        <translation>Verweis auf nicht deklarierten Namen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>evaluation exceeded the maximum list size of %1 elements</source>
        <translation>die Auswertung hat die maximale Listengröße von %1 Elementen überschritten</translation>
    </message>
    <message>
        <source>evaluation exceeded the maximum map size of %1 entries</source>
        <translation>die Auswertung hat die maximale Map-Größe von %1 Einträgen überschritten</translation>
    </message>
    <message>
        <source>evaluation exceeded %1 steps</source>
        <translation>die Auswertung hat %1 Schritte überschritten</translation>
    </message>
    <message>
        <source>message construction (%1{...}) is not supported</source>
        <translation>Nachrichtenkonstruktion (%1{...}) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown expression</source>
        <translation>unbekannter Ausdruck</translation>
    </message>
    <message>
        <source>no value for variable &apos;%1&apos;</source>
        <translation>kein Wert für die Variable &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such key: &apos;%1&apos; (%2 has no fields)</source>
        <translation>kein solcher Schlüssel: &apos;%1&apos; (%2 hat keine Felder)</translation>
    </message>
    <message>
        <source>no such key: &apos;%1&apos;</source>
        <translation>kein solcher Schlüssel: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; does not support field selection (&apos;%2&apos;)</source>
        <translation>Typ &apos;%1&apos; unterstützt keine Feldauswahl (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1.%2&apos;</source>
        <translation>unbekannte Funktion &apos;%1.%2&apos;</translation>
    </message>
    <message>
        <source>unsupported key type %1 in a map literal</source>
        <translation>nicht unterstützter Schlüsseltyp %1 in einem Map-Literal</translation>
    </message>
    <message>
        <source>Failed with repeated key %1 in a map literal</source>
        <translation>Fehlgeschlagen: wiederholter Schlüssel %1 in einem Map-Literal</translation>
    </message>
    <message>
        <source>unknown function &apos;optional.%1&apos;</source>
        <translation>unbekannte Funktion &apos;optional.%1&apos;</translation>
    </message>
    <message>
        <source>optional.none() dereference</source>
        <translation>Dereferenzierung von optional.none()</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>evaluation exceeded the maximum string length of %1 characters</source>
        <translation>die Auswertung überschritt die maximale Zeichenkettenlänge von %1 Zeichen</translation>
    </message>
    <message>
        <source>evaluation exceeded the maximum bytes size of %1 bytes</source>
        <translation>die Auswertung überschritt die maximale Größe von %1 Bytes für einen Bytes-Wert</translation>
    </message>
    <message>
        <source>evaluation built more than %1 MB of values</source>
        <translation>die Auswertung hat mehr als %1 MB an Werten erzeugt</translation>
    </message>
</context>
<context>
    <name>Tessera::CelExplanation</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::CelFieldCheck</name>
    <message>
        <source>product documents have no field &quot;%1&quot;</source>
        <translation>Produktdokumente haben kein Feld „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of product documents has no field &quot;%2&quot;</source>
        <translation>„%1“ in Produktdokumenten hat kein Feld „%2“</translation>
    </message>
</context>
<context>
    <name>Tessera::CelJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected an object {&quot;type&quot;: …, &quot;value&quot;: …}</source>
        <translation>Objekt {&quot;type&quot;: …, &quot;value&quot;: …} erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>a %1 value must be %2</source>
        <translation>ein %1-Wert muss %2 sein</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an integer within 64 bits</source>
        <translation>eine Ganzzahl mit höchstens 64 Bit</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>eine nicht negative Ganzzahl</translation>
    </message>
    <message>
        <source>a number, &quot;inf&quot;, &quot;-inf&quot; or &quot;nan&quot;</source>
        <translation>eine Zahl, &quot;inf&quot;, &quot;-inf&quot; oder &quot;nan&quot;</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>Base64-Text</translation>
    </message>
    <message>
        <source>an array of typed values</source>
        <translation>ein Array typisierter Werte</translation>
    </message>
    <message>
        <source>an array of [key, value] pairs</source>
        <translation>ein Array von [Schlüssel, Wert]-Paaren</translation>
    </message>
    <message>
        <source>expected a [key, value] pair</source>
        <translation>[Schlüssel, Wert]-Paar erwartet</translation>
    </message>
    <message>
        <source>a map key must be bool, int, uint or string</source>
        <translation>ein Map-Schlüssel muss bool, int, uint oder string sein</translation>
    </message>
    <message>
        <source>duplicate map key %1</source>
        <translation>doppelter Map-Schlüssel %1</translation>
    </message>
    <message>
        <source>a type name</source>
        <translation>ein Typname</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>JSON line %1, column %2: %3</source>
        <translation>JSON Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>JSON-Wert erwartet</translation>
    </message>
    <message>
        <source>expected a JSON value, found the end</source>
        <translation>JSON-Wert erwartet, aber das Ende erreicht</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>Zeichenkette als Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>the object has the key &quot;%1&quot; twice</source>
        <translation>das Objekt enthält den Schlüssel „%1“ zweimal</translation>
    </message>
    <message>
        <source>the string does not end</source>
        <translation>die Zeichenkette endet nicht</translation>
    </message>
    <message>
        <source>a control character in a string must be escaped</source>
        <translation>ein Steuerzeichen in einer Zeichenkette muss maskiert werden</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a low surrogate without a high one before it</source>
        <translation>ein niedriges Surrogat ohne vorangehendes hohes</translation>
    </message>
    <message>
        <source>a high surrogate without a low one after it</source>
        <translation>ein hohes Surrogat ohne folgendes niedriges</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>Ziffer erwartet</translation>
    </message>
    <message>
        <source>a number cannot start with 0</source>
        <translation>eine Zahl darf nicht mit 0 beginnen</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>Ziffer nach dem Dezimalpunkt erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>the object has a key twice</source>
        <translation>das Objekt hat einen Schlüssel zweimal</translation>
    </message>
</context>
<context>
    <name>Tessera::CelLexer</name>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>nicht abgeschlossener quotierter Bezeichner</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>hexadecimal literal without digits</source>
        <translation>hexadezimales Literal ohne Ziffern</translation>
    </message>
    <message>
        <source>exponent without digits</source>
        <translation>Exponent ohne Ziffern</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>line break in a single-quoted string literal</source>
        <translation>Zeilenumbruch in einem nicht dreifach quotierten Zeichenkettenliteral</translation>
    </message>
    <message numerus="yes">
        <source>invalid escape sequence: expected %n hexadecimal digit(s)</source>
        <translation>
            <numerusform>ungültige Escape-Sequenz: %n Hexadezimalziffer erwartet</numerusform>
            <numerusform>ungültige Escape-Sequenz: %n Hexadezimalziffern erwartet</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid code point in escape sequence</source>
        <translation>ungültiger Codepoint in der Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid octal escape sequence</source>
        <translation>ungültige oktale Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape sequence: \%1 is for strings, not bytes</source>
        <translation>ungültige Escape-Sequenz: \%1 gilt für Zeichenketten, nicht für Bytes</translation>
    </message>
</context>
<context>
    <name>Tessera::CelMath</name>
    <message>
        <source>no matching overload for &apos;math.%1&apos; applied to (%2)</source>
        <translation>keine passende Überladung für &apos;math.%1&apos; mit Argumenten (%2)</translation>
    </message>
    <message>
        <source>math.%1() needs at least one argument</source>
        <translation>math.%1() braucht mindestens ein Argument</translation>
    </message>
    <message>
        <source>integer overflow</source>
        <translation>Ganzzahlüberlauf</translation>
    </message>
    <message>
        <source>math.%1() with a negative shift %2</source>
        <translation>math.%1() mit der negativen Verschiebung %2</translation>
    </message>
</context>
<context>
    <name>Tessera::CelParser</name>
    <message>
        <source>expression too long (%1 characters, at most %2)</source>
        <translation>Ausdruck zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>%1 erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>expression nested too deeply (more than %1 levels)</source>
        <translation>Ausdruck zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>a quoted name is only allowed after &apos;.&apos;</source>
        <translation>ein quotierter Name ist nur nach &apos;.&apos; erlaubt</translation>
    </message>
    <message>
        <source>reserved identifier &apos;%1&apos;</source>
        <translation>reservierter Bezeichner &apos;%1&apos;</translation>
    </message>
    <message>
        <source>integer literal out of range</source>
        <translation>Ganzzahlliteral außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>invalid argument to has() macro</source>
        <translation>ungültiges Argument für das Makro has()</translation>
    </message>
    <message>
        <source>the first argument of %1() must be a simple name</source>
        <translation>das erste Argument von %1() muss ein einfacher Name sein</translation>
    </message>
</context>
<context>
    <name>Tessera::CelStrings</name>
    <message>
        <source>no matching overload for &apos;%1&apos; applied to (%2)</source>
        <translation>keine passende Überladung für &apos;%1&apos; mit Argumenten (%2)</translation>
    </message>
    <message>
        <source>index out of range: %1 (string of %2 code points)</source>
        <translation>Index außerhalb des Bereichs: %1 (Zeichenkette mit %2 Codepoints)</translation>
    </message>
    <message>
        <source>format: a lone &apos;%&apos; ends the pattern</source>
        <translation>format: ein einzelnes &apos;%&apos; beendet das Muster</translation>
    </message>
    <message>
        <source>format: unterminated clause</source>
        <translation>format: nicht abgeschlossene Formatangabe</translation>
    </message>
    <message>
        <source>format: index %1 out of range: too few arguments</source>
        <translation>format: Index %1 außerhalb des Bereichs: zu wenige Argumente</translation>
    </message>
    <message>
        <source>format: cannot apply %1 to %2</source>
        <translation>format: %1 kann nicht auf %2 angewendet werden</translation>
    </message>
</context>
<context>
    <name>Tessera::CelTime</name>
    <message>
        <source>range error: timestamp or duration out of range</source>
        <translation>Bereichsfehler: Zeitstempel oder Dauer außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>cannot parse &quot;%1&quot; as an RFC 3339 timestamp</source>
        <translation>„%1“ kann nicht als Zeitstempel nach RFC 3339 gelesen werden</translation>
    </message>
    <message>
        <source>invalid date or time in timestamp &quot;%1&quot;</source>
        <translation>ungültiges Datum oder ungültige Uhrzeit im Zeitstempel „%1“</translation>
    </message>
    <message>
        <source>cannot parse &quot;%1&quot; as a duration</source>
        <translation>„%1“ kann nicht als Dauer gelesen werden</translation>
    </message>
    <message>
        <source>no matching overload for &apos;timestamp&apos; applied to (%1)</source>
        <translation>keine passende Überladung für &apos;timestamp&apos; mit Argumenten (%1)</translation>
    </message>
    <message>
        <source>no matching overload for &apos;duration&apos; applied to (%1)</source>
        <translation>keine passende Überladung für &apos;duration&apos; mit Argumenten (%1)</translation>
    </message>
    <message>
        <source>no matching overload for &apos;_+_&apos; applied to (%1, %2)</source>
        <translation>keine passende Überladung für &apos;_+_&apos; mit Argumenten (%1, %2)</translation>
    </message>
    <message>
        <source>no matching overload for &apos;_-_&apos; applied to (%1, %2)</source>
        <translation>keine passende Überladung für &apos;_-_&apos; mit Argumenten (%1, %2)</translation>
    </message>
    <message>
        <source>no matching overload for &apos;%1&apos; applied to (%2)</source>
        <translation>keine passende Überladung für &apos;%1&apos; mit Argumenten (%2)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
</context>
<context>
    <name>Tessera::CheckReportWriter</name>
    <message>
        <source>Policy &quot;%1&quot; cannot be evaluated for %2: %3</source>
        <translation>Richtlinie „%1“ kann für %2 nicht ausgewertet werden: %3</translation>
    </message>
    <message>
        <source>%1 fails policy &quot;%2&quot;: %3</source>
        <translation>%1 verletzt die Richtlinie „%2“: %3</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <source>not applicable: the policy&apos;s scope or precondition leaves the product out</source>
        <translation>nicht anwendbar: Geltungsbereich oder Vorbedingung der Richtlinie schließen das Produkt aus</translation>
    </message>
</context>
<context>
    <name>Tessera::CompiledPolicy</name>
    <message>
        <source>when: %1</source>
        <translation>Wenn: %1</translation>
    </message>
    <message>
        <source>when: the precondition must give a bool, not %1</source>
        <translation>Wenn: die Vorbedingung muss einen bool-Wert ergeben, nicht %1</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>rule: the rule must give a bool, not %1</source>
        <translation>Regel: die Regel muss einen bool-Wert ergeben, nicht %1</translation>
    </message>
    <message>
        <source>(The exemption for this product expired on %1.)</source>
        <translation>(Die Ausnahme für dieses Produkt ist am %1 abgelaufen.)</translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentSchema</name>
    <message>
        <source>The schema is not valid JSON.</source>
        <translation>Das Schema ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The schema has nothing at &quot;%1&quot;.</source>
        <translation>Das Schema enthält nichts unter „%1“.</translation>
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
    <name>Tessera::Gui::CelCompletionModel</name>
    <message>
        <source>%1    %2</source>
        <comment>completion: name, then type or signature</comment>
        <translation>%1    %2</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::CelEditor</name>
    <message>
        <source>The expression is empty.</source>
        <translation>Der Ausdruck ist leer.</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ConformanceMatrixModel</name>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 applicable policies pass</source>
        <translation>
            <numerusform>%n von %1 anwendbaren Richtlinien erfüllt</numerusform>
            <numerusform>%n von %1 anwendbaren Richtlinien erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Does not compile: %2</source>
        <translation>%1
Lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Erfüllungsgrad</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::ConformanceView</name>
    <message>
        <source>Run check</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Check every product against the catalog&apos;s policies (F5)</source>
        <translation>Jedes Produkt gegen die Richtlinien des Katalogs prüfen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation>Die Prüfung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Do&amp;mäne:</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Out of date: the catalog changed since this check.</source>
        <translation>Veraltet: der Katalog hat sich seit dieser Prüfung geändert.</translation>
    </message>
    <message>
        <source>Click to sort by product</source>
        <translation>Klicken, um nach Produkt zu sortieren</translation>
    </message>
    <message>
        <source>Scores include subdomains. Click a domain to filter the matrix.</source>
        <translation>Die Erfüllungsgrade schließen Unterdomänen ein. Klicken Sie auf eine Domäne, um die Matrix zu filtern.</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Produkt öffnen</translation>
    </message>
    <message>
        <source>Show the product&apos;s page (Return or double-click in the matrix)</source>
        <translation>Die Seite des Produkts zeigen (Eingabetaste oder Doppelklick in der Matrix)</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Check cancelled; showing the results of the previous one.</source>
        <translation>Prüfung abgebrochen; die Ergebnisse der vorherigen Prüfung werden angezeigt.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <source>Checking every product against the policies…</source>
        <translation>Jedes Produkt wird gegen die Richtlinien geprüft …</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Press F5 to check every product against the catalog&apos;s policies.</source>
        <translation>Drücken Sie F5, um jedes Produkt gegen die Richtlinien des Katalogs zu prüfen.</translation>
    </message>
    <message>
        <source>The catalog has no enabled policies to check.</source>
        <translation>Der Katalog hat keine aktiven Richtlinien, die geprüft werden könnten.</translation>
    </message>
    <message>
        <source>%1 pairs checked in %2 ms</source>
        <extracomment>%1 is a product × policy count; it can exceed what %n holds, hence no plural form.</extracomment>
        <translation>%1 Paare in %2 ms geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Verstoß</numerusform>
            <numerusform>%n Verstöße</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exempt</source>
        <translation>
            <numerusform>%n ausgenommen</numerusform>
            <numerusform>%n ausgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Erfüllungsgrad %1</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domänen</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see why it passes or fails.</source>
        <translation>Klicken Sie auf eine Zelle der Matrix, um zu sehen, warum die Richtlinie erfüllt oder verletzt ist.</translation>
    </message>
    <message>
        <source>%1 [%2, %3]
%4</source>
        <translation>%1 [%2, %3]
%4</translation>
    </message>
    <message>
        <source>The product passes every policy that applies.</source>
        <translation>Das Produkt erfüllt jede anwendbare Richtlinie.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 &amp;nbsp; Policy &lt;b&gt;%2&lt;/b&gt; · severity %3</source>
        <translation>%1 &amp;nbsp; Richtlinie &lt;b&gt;%2&lt;/b&gt; · Schweregrad %3</translation>
    </message>
    <message>
        <source>The product satisfies the rule.</source>
        <translation>Das Produkt erfüllt die Regel.</translation>
    </message>
    <message>
        <source>The policy does not apply: the product is out of its scope, or its condition (when) does not match.</source>
        <translation>Die Richtlinie ist nicht anwendbar: das Produkt liegt außerhalb ihres Geltungsbereichs, oder ihre Vorbedingung (Wenn) trifft nicht zu.</translation>
    </message>
    <message>
        <source>The product has an unexpired exemption from this policy.</source>
        <translation>Für das Produkt gilt eine nicht abgelaufene Ausnahme von dieser Richtlinie.</translation>
    </message>
    <message numerus="yes">
        <source>Score %1 · %2 of %n applicable policies pass</source>
        <translation>
            <numerusform>Bewertung %1 · %2 von %n anwendbaren Richtlinie erfüllt</numerusform>
            <numerusform>Bewertung %1 · %2 von %n anwendbaren Richtlinien erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>No product matches the filters.</source>
        <translation>Kein Produkt passt zu den Filtern.</translation>
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
    <name>Tessera::Gui::DomainChangeModel</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Neu verletzt</translation>
    </message>
    <message>
        <source>Newly passing</source>
        <translation>Neu erfüllt</translation>
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
    <name>Tessera::Gui::DomainScoreModel</name>
    <message numerus="yes">
        <source>%n of %1 applicable pairs pass</source>
        <translation>
            <numerusform>%n von %1 anwendbaren Paaren erfüllt</numerusform>
            <numerusform>%n von %1 anwendbaren Paaren erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Erfüllungsgrad</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Verstöße</translation>
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
    <name>Tessera::Gui::ExemptionModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>The last day the exemption applies (YYYY-MM-DD); empty: no expiry.</source>
        <translation>Der letzte Tag, an dem die Ausnahme gilt (JJJJ-MM-TT); leer: läuft nicht ab.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
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
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Governance</translation>
    </message>
    <message>
        <source>&amp;Check Conformance</source>
        <translation>&amp;Konformität prüfen</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <source>P&amp;olicies</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Conformance</source>
        <translation>&amp;Konformität</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Conformance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Cannot Publish</source>
        <translation>Veröffentlichung nicht möglich</translation>
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
    <name>Tessera::Gui::PoliciesView</name>
    <message>
        <source>&amp;New Policy</source>
        <translation>&amp;Neue Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Save Policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete Policy</source>
        <translation>Richtlinie &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Import Policies…</source>
        <translation>Richtlinien &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport Policies…</source>
        <translation>Richtlinien &amp;exportieren …</translation>
    </message>
    <message>
        <source>Select a policy to edit it, or create one with New Policy.</source>
        <translation>Wählen Sie eine Richtlinie zum Bearbeiten aus, oder legen Sie mit „Neue Richtlinie“ eine an.</translation>
    </message>
    <message>
        <source>Unsaved Policy</source>
        <translation>Ungespeicherte Richtlinie</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Die Richtlinie „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>Cannot Save Policy</source>
        <translation>Richtlinie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Fix these first:

%1</source>
        <translation>Beheben Sie zuerst diese Probleme:

%1</translation>
    </message>
    <message>
        <source>A policy with the id &quot;%1&quot; exists already.</source>
        <translation>Eine Richtlinie mit der Kennung „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save Active Policy</source>
        <translation>Aktive Richtlinie speichern</translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the policy &quot;%1&quot;? You can undo this.</source>
        <translation>Die Richtlinie „%1“ löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Import Policies</source>
        <translation>Richtlinien importieren</translation>
    </message>
    <message>
        <source>Policy documents (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Richtliniendokumente (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import Policies</source>
        <translation>Richtlinien können nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 has invalid policies; nothing was imported.

%2</source>
        <translation>%1 enthält ungültige Richtlinien; es wurde nichts importiert.

%2</translation>
    </message>
    <message>
        <source>Export Policies</source>
        <translation>Richtlinien exportieren</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;JSON (*.json)</source>
        <translation>YAML (*.yaml *.yml);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export Policies</source>
        <translation>Richtlinien können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Save the policy before activating it.</source>
        <translation>Speichern Sie die Richtlinie, bevor Sie sie aktivieren.</translation>
    </message>
    <message>
        <source>Save or revert the changes before activating.</source>
        <translation>Speichern oder verwerfen Sie die Änderungen vor dem Aktivieren.</translation>
    </message>
    <message>
        <source>Fix the policy&apos;s errors before activating it.</source>
        <translation>Beheben Sie die Fehler der Richtlinie, bevor Sie sie aktivieren.</translation>
    </message>
    <message>
        <source>Stop enforcing this policy.</source>
        <translation>Diese Richtlinie nicht mehr durchsetzen.</translation>
    </message>
    <message>
        <source>Enforce this policy: checks and the publish gate use it.</source>
        <translation>Diese Richtlinie durchsetzen: Prüfungen und die Veröffentlichungsprüfung verwenden sie.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n policy(ies) from %1</source>
        <translation>
            <numerusform>%n Richtlinie aus %1 importieren</numerusform>
            <numerusform>%n Richtlinien aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export only &quot;%1&quot;? Choose No to export all %n policy(ies).</source>
        <translation>
            <numerusform>Nur „%1“ exportieren? Wählen Sie Nein, um die %n Richtlinie zu exportieren.</numerusform>
            <numerusform>Nur „%1“ exportieren? Wählen Sie Nein, um alle %n Richtlinien zu exportieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This policy is active. With this change %n product(s) would newly fail (%1).</source>
        <extracomment>%1 lists the domains with their counts, e.g. &quot;Orders: 2, Marketing: 1&quot;.</extracomment>
        <translation>
            <numerusform>Diese Richtlinie ist aktiv. Mit dieser Änderung würde %n Produkt neu durchfallen (%1).</numerusform>
            <numerusform>Diese Richtlinie ist aktiv. Mit dieser Änderung würden %n Produkte neu durchfallen (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would newly pass.</source>
        <translation>
            <numerusform>%n Produkt würde neu bestehen.</numerusform>
            <numerusform>%n Produkte würden neu bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save it?</source>
        <translation>Speichern?</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the policy&apos;s %n test(s) fail: the policy does not do what its tests expect. Save it anyway?</source>
        <translation>
            <numerusform>%1 von %n Test der Richtlinie schlägt fehl: Die Richtlinie tut nicht, was ihr Test erwartet. Trotzdem speichern?</numerusform>
            <numerusform>%1 von %n Tests der Richtlinie schlagen fehl: Die Richtlinie tut nicht, was ihre Tests erwarten. Trotzdem speichern?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::PolicyEditor</name>
    <message>
        <source>Add exemption</source>
        <translation>Ausnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove exemption</source>
        <translation>Ausnahme entfernen</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>A stable identifier: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;. It cannot change once the policy is saved.</source>
        <translation>Ein dauerhafter Bezeichner: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;. Er kann nicht mehr geändert werden, sobald die Richtlinie gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Global policies apply to every product; a domain&apos;s policies to the products of the domain and its subdomains.</source>
        <translation>Globale Richtlinien gelten für jedes Produkt, die Richtlinien einer Domäne für die Produkte der Domäne und ihrer Unterdomänen.</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Error: blocks publishing</source>
        <translation>Fehler: blockiert die Veröffentlichung</translation>
    </message>
    <message>
        <source>Warning: needs confirmation</source>
        <translation>Warnung: erfordert eine Bestätigung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Ge&amp;ltungsbereich:</translation>
    </message>
    <message>
        <source>Team or person accountable for the policy</source>
        <translation>Für die Richtlinie verantwortliches Team oder verantwortliche Person</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschre&amp;ibung:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wenn:</translation>
    </message>
    <message>
        <source>A CEL expression that must be true, e.g. product.owner != &quot;&quot; (Ctrl+Space completes)</source>
        <translation>Ein CEL-Ausdruck, der wahr sein muss, z. B. product.owner != &quot;&quot; (Strg+Leertaste vervollständigt)</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>What a failing product&apos;s owner should do</source>
        <translation>Was der Eigentümer eines Produkts mit Verstoß tun soll</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meldung:</translation>
    </message>
    <message>
        <source>Applicable products</source>
        <translation>Betroffene Produkte</translation>
    </message>
    <message>
        <source>Failing products</source>
        <translation>Produkte mit Verstoß</translation>
    </message>
    <message>
        <source>Changed by this edit</source>
        <translation>Durch diese Bearbeitung geändert</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>Select a failing product to see why it fails.</source>
        <translation>Wählen Sie ein Produkt mit Verstoß, um zu sehen, warum es die Richtlinie verletzt.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domäne: %1</translation>
    </message>
    <message>
        <source>Domain: %1 (unknown)</source>
        <translation>Domäne: %1 (unbekannt)</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Id: use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Kennung: verwenden Sie Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Title: a policy needs a title.</source>
        <translation>Titel: eine Richtlinie braucht einen Titel.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wenn: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Exemption %1: name the exempted product.</source>
        <translation>Ausnahme %1: nennen Sie das ausgenommene Produkt.</translation>
    </message>
    <message>
        <source>Only the selected product (%1)</source>
        <translation>Nur das ausgewählte Produkt (%1)</translation>
    </message>
    <message>
        <source>Fix the errors above to see results.</source>
        <translation>Beheben Sie die Fehler oben, um Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>Could not evaluate: %1</source>
        <translation>Auswertung nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 exempt · %4 errors · %5 not applicable (%6 ms)</source>
        <translation>%1 erfüllt · %2 verletzt · %3 ausgenommen · %4 Fehler · %5 nicht anwendbar (%6 ms)</translation>
    </message>
    <message>
        <source>Activating this new policy would fail no product.</source>
        <translation>Nach dem Aktivieren würde kein Produkt diese neue Richtlinie verletzen.</translation>
    </message>
    <message>
        <source>Compared with the active version, no product changes outcome.</source>
        <translation>Im Vergleich zur aktiven Version ändert sich bei keinem Produkt das Ergebnis.</translation>
    </message>
    <message>
        <source>What-if (%1)</source>
        <translation>Was-wäre-wenn (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This policy has no tests. Tests are written in the policy document (see docs/FORMAT.md) and imported.</source>
        <translation>Diese Richtlinie hat keine Tests. Tests werden im Richtliniendokument geschrieben (siehe docs/FORMAT.md) und importiert.</translation>
    </message>
    <message>
        <source>Fix the errors above to run the tests.</source>
        <translation>Beheben Sie die Fehler oben, um die Tests auszuführen.</translation>
    </message>
    <message>
        <source>Tests (%1 failing)</source>
        <translation>Tests (%1 fehlgeschlagen)</translation>
    </message>
    <message numerus="yes">
        <source>All %n test(s) pass.</source>
        <translation>
            <numerusform>Der Test besteht.</numerusform>
            <numerusform>Alle %n Tests bestehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) FAIL.</source>
        <translation>
            <numerusform>%1 von %n Test SCHLÄGT FEHL.</numerusform>
            <numerusform>%1 von %n Tests SCHLAGEN FEHL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>R&amp;un tests</source>
        <translation>Tests a&amp;usführen</translation>
    </message>
    <message numerus="yes">
        <source>Activating this new policy: %n product(s) would newly fail.</source>
        <extracomment>Followed by &quot;%n product(s) would newly pass.&quot;</extracomment>
        <translation>
            <numerusform>Beim Aktivieren dieser neuen Richtlinie würde %n Produkt durchfallen.</numerusform>
            <numerusform>Beim Aktivieren dieser neuen Richtlinie würden %n Produkte durchfallen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the active version: %n product(s) would newly fail.</source>
        <translation>
            <numerusform>Verglichen mit der aktiven Version würde %n Produkt neu durchfallen.</numerusform>
            <numerusform>Verglichen mit der aktiven Version würden %n Produkte neu durchfallen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would newly pass.</source>
        <translation>
            <numerusform>%n Produkt würde neu bestehen.</numerusform>
            <numerusform>%n Produkte würden neu bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: products that this does not match are not applicable</source>
        <translation>Optional: für Produkte, auf die dies nicht zutrifft, ist die Richtlinie nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::PolicyResultModel</name>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>(new policy)</source>
        <translation>(neue Richtlinie)</translation>
    </message>
    <message>
        <source>newly failing</source>
        <translation>neu verletzt</translation>
    </message>
    <message>
        <source>newly passing</source>
        <translation>neu erfüllt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Aktive Version</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::PolicyTestResultModel</name>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
</context>
<context>
    <name>Tessera::Gui::PolicyTreeModel</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
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
    <name>Tessera::Gui::PublishGateDialog</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>cannot be evaluated</source>
        <translation>kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Veröffentlichung nicht möglich</translation>
    </message>
    <message>
        <source>Publish with warnings?</source>
        <translation>Mit Warnungen veröffentlichen?</translation>
    </message>
    <message>
        <source>Cannot publish “%1”</source>
        <translation>„%1“ kann nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>Publish “%1” with warnings?</source>
        <translation>„%1“ mit Warnungen veröffentlichen?</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) of severity error fail for this product. Fix the product, or have the policy&apos;s owner grant an exemption, before publishing it.</source>
        <translation>
            <numerusform>Dieses Produkt verletzt %n Richtlinie mit dem Schweregrad „Fehler“. Korrigieren Sie das Produkt, oder lassen Sie sich vom Eigentümer der Richtlinie eine Ausnahme erteilen, bevor Sie es veröffentlichen.</numerusform>
            <numerusform>Dieses Produkt verletzt %n Richtlinien mit dem Schweregrad „Fehler“. Korrigieren Sie das Produkt, oder lassen Sie sich von den Eigentümern der Richtlinien Ausnahmen erteilen, bevor Sie es veröffentlichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) of severity warning fail for this product. You can publish it anyway, or cancel and fix it first.</source>
        <translation>
            <numerusform>Dieses Produkt verletzt %n Richtlinie mit dem Schweregrad „Warnung“. Sie können es trotzdem veröffentlichen, oder Sie brechen ab und korrigieren es zuerst.</numerusform>
            <numerusform>Dieses Produkt verletzt %n Richtlinien mit dem Schweregrad „Warnung“. Sie können es trotzdem veröffentlichen, oder Sie brechen ab und korrigieren es zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Publish anyway</source>
        <translation>&amp;Trotzdem veröffentlichen</translation>
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
    <name>Tessera::Gui::SavePolicyCommand</name>
    <message>
        <source>Delete policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“ löschen</translation>
    </message>
    <message>
        <source>Create policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“ anlegen</translation>
    </message>
    <message>
        <source>Activate policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Deactivate policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>Edit policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“ bearbeiten</translation>
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
    <name>Tessera::PolicyChecker</name>
    <message>
        <source>The policy check was cancelled.</source>
        <translation>Die Richtlinienprüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyIo</name>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannter Schlüssel „%1“ (erwartet wird einer von %2)</translation>
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
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>the rule is empty</source>
        <translation>die Regel ist leer</translation>
    </message>
    <message>
        <source>expected a positive integer, found %1</source>
        <translation>positive Ganzzahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum nach ISO 8601 (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>the required value &quot;product&quot; is missing</source>
        <translation>der Pflichtwert „product“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of pass, fail, not-applicable</source>
        <translation>„%1“ ist keiner der Werte pass, fail, not-applicable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tessera policy bundle (expected &quot;tessera-policies&quot;)</source>
        <translation>„%1“ ist kein Tessera-Richtlinienpaket („tessera-policies“ erwartet)</translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation>%1: kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3: kein gültiges YAML: %4</translation>
    </message>
    <message>
        <source>document %1, %2</source>
        <translation>Dokument %1, %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: %5</source>
        <translation>%1:%2:%3: %4: %5</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read policies from &quot;%1&quot;: the folder does not exist.</source>
        <translation>Richtlinien können nicht aus „%1“ gelesen werden: der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1: policy &quot;%2&quot; is already defined in %3</source>
        <translation>%1: die Richtlinie „%2“ ist bereits in %3 definiert</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>„%1“ ist keine gültige Kennung (Kleinbuchstaben, Ziffern, „-“ und „_“)</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyTestRunner</name>
    <message>
        <source>the rule held</source>
        <translation>die Regel war erfüllt</translation>
    </message>
    <message>
        <source>the precondition (when) did not match</source>
        <translation>die Vorbedingung (Wenn) traf nicht zu</translation>
    </message>
    <message>
        <source>the product&apos;s domain is outside the policy&apos;s scope &quot;%1&quot;</source>
        <translation>die Domäne des Produkts liegt außerhalb des Geltungsbereichs „%1“ der Richtlinie</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyValidator</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: undeclared reference to &quot;%3&quot; (policies see %4)</source>
        <translation>Zeile %1, Spalte %2: Verweis auf nicht deklarierten Namen „%3“ (in Richtlinien verfügbar: %4)</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>der Titel ist leer</translation>
    </message>
    <message>
        <source>the scope is empty (use &quot;global&quot; or a domain id)</source>
        <translation>der Geltungsbereich ist leer (verwenden Sie „global“ oder eine Domänenkennung)</translation>
    </message>
    <message>
        <source>the version must be 1 or more</source>
        <translation>die Version muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the rule is empty</source>
        <translation>die Regel ist leer</translation>
    </message>
    <message>
        <source>the exemption names no product</source>
        <translation>die Ausnahme nennt kein Produkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid policy id (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>„%1“ ist keine gültige Richtlinienkennung (Kleinbuchstaben, Ziffern, „-“ und „_“)</translation>
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
    <name>Tessera::PublishGate</name>
    <message>
        <source>cannot be evaluated</source>
        <translation>kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>- %1 (%2) %3</source>
        <translation>- %1 (%2) %3</translation>
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
    <message>
        <source>Cannot publish product &quot;%1&quot;: policies fail:
%2</source>
        <translation>Produkt „%1“ kann nicht veröffentlicht werden: verletzte Richtlinien:
%2</translation>
    </message>
    <message>
        <source>reading products</source>
        <translation>beim Lesen der Produkte</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; in %2</source>
        <translation>Richtlinie „%1“ in %2</translation>
    </message>
    <message>
        <source>Cannot save policy &quot;%1&quot;: %2: %3</source>
        <translation>Richtlinie „%1“ kann nicht gespeichert werden: %2: %3</translation>
    </message>
    <message>
        <source>/policies/%1/%2: %3</source>
        <translation>/policies/%1/%2: %3</translation>
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
    <name>Tessera::SqliteDocumentSource</name>
    <message>
        <source>The catalog changed while it was being read: product &quot;%1&quot; is gone. Run it again.</source>
        <translation>Der Katalog hat sich beim Lesen geändert: Produkt „%1“ gibt es nicht mehr. Führen Sie den Vorgang erneut aus.</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot;: cannot read the document of product &quot;%2&quot;: %3</source>
        <translation>Katalog „%1“: Das Dokument von Produkt „%2“ kann nicht gelesen werden: %3</translation>
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

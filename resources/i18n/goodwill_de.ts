<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Age</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 Std.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>months</comment>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <comment>years</comment>
        <translation>%1 J.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>Goodwill ist mit dieser Datenbank bereits geöffnet:
%1</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Ref</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected</source>
        <translation>Kein Vorgang ausgewählt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve remedy over the refund limit</source>
        <translation>Wiedergutmachung über dem Erstattungslimit genehmigen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>Die gespeicherten Werte wiederherstellen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Stamp the acknowledged time with now</source>
        <translation>Eingangsbestätigung mit der aktuellen Zeit vermerken</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Stamp the resolved time with now and mark it resolved</source>
        <translation>Erledigungszeit auf jetzt setzen und als erledigt markieren</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Brief schreiben</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>letter kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Remedy cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Customer returned</source>
        <translation>Kunde wiedergekommen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Abgeschlossen, weil</translation>
    </message>
    <message>
        <source>%1 from &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</source>
        <translation>%1 von &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Needs approval (over your refund limit of %1 %2)</source>
        <translation>Genehmigung nötig (über Ihrem Erstattungslimit von %1 %2)</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <translation>Genehmigt von %1 %2</translation>
    </message>
    <message>
        <source>acknowledge by %1</source>
        <translation>bestätigen bis %1</translation>
    </message>
    <message>
        <source>resolve by %1</source>
        <translation>erledigen bis %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>None (not a complaint)</source>
        <translation>Keine (keine Beschwerde)</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Trotzdem abschließen?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why close anyway?</source>
        <translation>Diese Pflichtschritte sind nicht erledigt:
%1

Warum soll der Vorgang trotzdem abgeschlossen werden?</translation>
    </message>
    <message>
        <source>Not closed: the required steps are not done.</source>
        <translation>Nicht abgeschlossen: Die Pflichtschritte sind nicht erledigt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Who approves this remedy?</source>
        <translation>Wer genehmigt diese Wiedergutmachung?</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation>Zu startende Checkliste</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Checkliste starten</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Add your own checklists or copy a built-in one</source>
        <translation>Eigene Checklisten anlegen oder eine mitgelieferte kopieren</translation>
    </message>
    <message>
        <source>Ticking as</source>
        <translation>Abhaken als</translation>
    </message>
    <message>
        <source>Whose name goes on the steps you tick</source>
        <translation>Wessen Name bei den abgehakten Schritten vermerkt wird</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Schritte der Checkliste</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Notiz zum Schritt</translation>
    </message>
    <message>
        <source>A short note on this step</source>
        <translation>Eine kurze Notiz zu diesem Schritt</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Wiedervorlagedatum</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>Wiedervorlagedatum entfernen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <source>Ticking as:</source>
        <translation>Abhaken als:</translation>
    </message>
    <message>
        <source>Bold steps must be done before closing. Hover over a step for advice.</source>
        <translation>Fett gedruckte Schritte müssen vor dem Abschluss erledigt sein. Zeigen Sie auf einen Schritt, um Hinweise zu sehen.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>%1 (already started)</source>
        <translation>%1 (bereits gestartet)</translation>
    </message>
    <message>
        <source>Suggested checklist:</source>
        <translation>Empfohlene Checkliste:</translation>
    </message>
    <message>
        <source>Add a checklist:</source>
        <translation>Checkliste hinzufügen:</translation>
    </message>
    <message>
        <source>When to use: %1</source>
        <translation>Wann verwenden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>Gestartet am %1 von %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Follow-up due since %1</source>
        <translation>Wiedervorlage fällig seit %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Wiedervorlage bis %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Required before the case can be closed.</source>
        <translation>Pflicht, bevor der Vorgang abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>required, done</source>
        <translation>Pflicht, erledigt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
    <message>
        <source>No checklist yet. Start the suggested one, or choose another.</source>
        <translation>Noch keine Checkliste. Starten Sie die empfohlene oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 von %2 Schritten erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n required step(s) still to do.</source>
        <translation>
            <numerusform>Noch %n Pflichtschritt offen.</numerusform>
            <numerusform>Noch %n Pflichtschritte offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required steps are done.</source>
        <translation>Alle Pflichtschritte sind erledigt.</translation>
    </message>
    <message>
        <source>Select a step to add a note or a follow-up date.</source>
        <translation>Wählen Sie einen Schritt, um eine Notiz oder ein Wiedervorlagedatum hinzuzufügen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Nur Entschuldigung</translation>
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
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Eingangsbestätigung</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>K&amp;unden</translation>
    </message>
    <message>
        <source>Case counts</source>
        <translation>Anzahl der Vorgänge</translation>
    </message>
    <message>
        <source>Search cases: customer, summary, details, category, staff…</source>
        <translation>Vorgänge durchsuchen: Kunde, Kurzbeschreibung, Details, Kategorie, Mitarbeiter…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Vorgänge durchsuchen</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter nach Art</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter nach Kategorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filter nach Mitarbeiter</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>Nur überfällige Vorgänge anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>Log a new case (Ctrl+N)</source>
        <translation>Neuen Vorgang erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from … to …</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date chosen</comment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Vorgang…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>Vorgang &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show only complaints past their targets</source>
        <translation>Nur Beschwerden mit überschrittener Frist anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Be&amp;richte</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Monatsbericht…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Business profile…</source>
        <translation>&amp;Firmenprofil…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>&amp;Checklisten-Vorlagen…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Daten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>Ü&amp;ber Goodwill</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this case before quitting?</source>
        <translation>Änderungen an diesem Vorgang vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Zuerst die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>%1+ (loading)</source>
        <translation>%1+ (wird geladen)</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases  ·  %3 open  ·  %4 overdue</source>
        <translation>%1 von %2 Vorgängen angezeigt  ·  %3 offen  ·  %4 überfällig</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 %2
A customer-care desk for small businesses.

Database: %3</source>
        <translation>%1 %2
Kundenservice für kleine Unternehmen.

Datenbank: %3</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone to find or add</source>
        <translation>Name, E-Mail oder Telefon eingeben, um zu suchen oder neu anzulegen</translation>
    </message>
    <message>
        <source>Customer flag</source>
        <translation>Kundenhinweis</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>Kat&amp;egorie</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Sch&amp;were</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>K&amp;urzbeschreibung</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Was ist passiert, in einer Zeile</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM; now unless you change it</source>
        <translation>JJJJ-MM-TT HH:MM; jetzt, sofern Sie nichts ändern</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) with this name: pick one from the list, or save to add a new customer.</source>
        <translation>
            <numerusform>%n vorhandener Kunde mit diesem Namen: Wählen Sie ihn aus der Liste oder speichern Sie, um einen neuen Kunden anzulegen.</numerusform>
            <numerusform>%n vorhandene Kunden mit diesem Namen: Wählen Sie einen aus der Liste oder speichern Sie, um einen neuen Kunden anzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer.</source>
        <translation>Vorhandener Kunde.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Willkommen bei Goodwill</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <source>Signs letters and approves remedies</source>
        <translation>Unterschreibt Briefe und genehmigt Wiedergutmachungen</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Ihre &amp;Funktion</translation>
    </message>
    <message>
        <source>For example: Owner, Manager</source>
        <translation>Zum Beispiel: Inhaberin, Geschäftsführer</translation>
    </message>
    <message>
        <source>Lan&amp;guage and formats</source>
        <translation>Sp&amp;rache und Formate</translation>
    </message>
    <message>
        <source>The language of the window and the letters, and how dates and amounts are written in your files, for example de_DE reads 7,20 and 03.10.2026</source>
        <translation>Die Sprache des Programms und der Briefe und wie Datumsangaben und Beträge in Ihren Dateien geschrieben werden, zum Beispiel liest de_DE 7,20 und 03.10.2026</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>3 letters: EUR, GBP, USD…</source>
        <translation>3 Buchstaben: EUR, CHF, USD…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge within</source>
        <translation>Bestätigen &amp;innerhalb von</translation>
    </message>
    <message>
        <source>A complaint not acknowledged within this time is overdue</source>
        <translation>Eine Beschwerde, die in dieser Zeit nicht bestätigt wurde, ist überfällig</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Resolve within</source>
        <translation>&amp;Erledigen innerhalb von</translation>
    </message>
    <message>
        <source>A complaint not resolved within this time is overdue</source>
        <translation>Eine Beschwerde, die in dieser Zeit nicht erledigt wurde, ist überfällig</translation>
    </message>
    <message>
        <source>Refund &amp;limit</source>
        <translation>Erstattungs&amp;limit</translation>
    </message>
    <message>
        <source>Remedies costing more than this need your approval; empty means no limit</source>
        <translation>Wiedergutmachungen über diesem Betrag brauchen Ihre Genehmigung; leer bedeutet kein Limit</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Ein Logo-Bild auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logo (optional)</translation>
    </message>
    <message>
        <source>Welcome! Before you log your first case, tell Goodwill a little about your business. Your name and address go on the letters you print, and the targets below decide when a complaint counts as overdue. You can change all of this later under Settings &gt; Business profile.</source>
        <translation>Willkommen! Bevor Sie Ihren ersten Vorgang erfassen, erzählen Sie Goodwill ein wenig über Ihr Unternehmen. Name und Adresse erscheinen auf Ihren Briefen, und die Fristen unten legen fest, wann eine Beschwerde überfällig ist. Sie können all das später unter Einstellungen &gt; Firmenprofil ändern.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not an image Goodwill can read</source>
        <translation>%1 ist kein Bild, das Goodwill lesen kann</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Goodwill.</source>
        <translation>Das Programm erscheint beim nächsten Start von Goodwill in der neuen Sprache.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly service report</source>
        <translation>Monatlicher Servicebericht</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Make the report again from the latest figures</source>
        <translation>Den Bericht mit den neuesten Zahlen neu erstellen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n case(s))</source>
        <translation>
            <numerusform>%1  (%n Vorgang)</numerusform>
            <numerusform>%1  (%n Vorgänge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report for %1…</source>
        <translation>Bericht für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The report for %1 could not be made.</source>
        <translation>Der Bericht für %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n Seite.</numerusform>
            <numerusform>%1: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service report %1</source>
        <translation>Servicebericht %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Monatsbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved to %1: %2</source>
        <translation>Der Bericht wurde nicht unter %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Willkommen bei Goodwill</translation>
    </message>
    <message>
        <source>Every complaint, compliment, question and request your customers bring you, in one place on this computer. Log what just happened at the counter or on the phone, work each complaint through to a happy customer, and print a proper letter or a month-end report when you need one.</source>
        <translation>Jede Beschwerde, jedes Lob, jede Frage und jedes Anliegen Ihrer Kunden an einem Ort auf diesem Computer. Erfassen Sie, was gerade an der Theke oder am Telefon passiert ist, bearbeiten Sie jede Beschwerde, bis der Kunde zufrieden ist, und drucken Sie bei Bedarf einen ordentlichen Brief oder einen Monatsbericht.</translation>
    </message>
    <message>
        <source>Log your first case</source>
        <translation>Ersten Vorgang erfassen</translation>
    </message>
    <message>
        <source>Ctrl+N at any time</source>
        <translation>Jederzeit mit Strg+N</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Bring in cases from a spreadsheet saved as CSV</source>
        <translation>Vorgänge aus einer als CSV gespeicherten Tabelle übernehmen</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Six months of a small café&apos;s cases, to look around first</source>
        <translation>Sechs Monate Vorgänge eines kleinen Cafés, um sich erst einmal umzusehen</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Beispieldaten nicht geladen</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Beispieldaten geladen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n case(s) from a small café. Have a look around.</source>
        <translation>
            <numerusform>%n Vorgang eines kleinen Cafés hinzugefügt. Sehen Sie sich um.</numerusform>
            <numerusform>%n Vorgänge eines kleinen Cafés hinzugefügt. Sehen Sie sich um.</numerusform>
        </translation>
    </message>
</context>
</TS>

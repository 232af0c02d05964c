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
        <source>Goodwill cannot work on this database: the folder it is in cannot be written to (%2).
%1</source>
        <translation>Goodwill kann mit dieser Datenbank nicht arbeiten: In ihren Ordner kann nicht geschrieben werden (%2).
%1</translation>
    </message>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>Goodwill ist mit dieser Datenbank bereits geöffnet:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Die Datei auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>a network drive (%1)</source>
        <translation>ein Netzlaufwerk (%1)</translation>
    </message>
    <message>
        <source>a folder that syncs to the cloud (%1)</source>
        <translation>ein Ordner, der mit der Cloud synchronisiert wird (%1)</translation>
    </message>
    <message>
        <source>This database is in a shared folder</source>
        <translation>Diese Datenbank liegt in einem geteilten Ordner</translation>
    </message>
    <message>
        <source>%1 is on %2.

A Goodwill file there can be damaged when two computers use it at once, or when the folder syncs while Goodwill is writing. To work on one log from several computers, use File &gt; Shared database… (PostgreSQL) instead; to keep this file safe, move it to a folder on this computer.</source>
        <translation>%1 liegt auf %2.

Eine Goodwill-Datei kann dort beschädigt werden, wenn zwei Computer sie gleichzeitig benutzen oder der Ordner synchronisiert, während Goodwill schreibt. Um von mehreren Computern aus an einem Protokoll zu arbeiten, verwenden Sie stattdessen Datei &gt; Gemeinsame Datenbank… (PostgreSQL); um diese Datei zu schützen, verschieben Sie sie in einen Ordner auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nothing was saved: choose who is at the desk first (File &gt; Change person…).</source>
        <translation>Nichts wurde gespeichert: Wählen Sie zuerst, wer am Platz ist (Datei &gt; Person wechseln…).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>ApprovalsNotifier</name>
    <message numerus="yes">
        <source>%n new for you to decide or take over</source>
        <translation>
            <numerusform>%n Neues für Sie zu entscheiden oder zu übernehmen</numerusform>
            <numerusform>%n Neue für Sie zu entscheiden oder zu übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: awaiting your approval</source>
        <translation>%1: wartet auf Ihre Genehmigung</translation>
    </message>
    <message>
        <source>%1: referred to you</source>
        <translation>%1: an Sie übergeben</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Waiting on you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Approve or decline: %1 of %2 %3</source>
        <translation>Genehmigen oder ablehnen: %1 über %2 %3</translation>
    </message>
    <message>
        <source>Referred to you: %1</source>
        <translation>An Sie übergeben: %1</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>An Sie übergeben</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy(s) awaiting your approval</source>
        <translation>
            <numerusform>%n Wiedergutmachung wartet auf Ihre Genehmigung</numerusform>
            <numerusform>%n Wiedergutmachungen warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) referred to you</source>
        <translation>
            <numerusform>%n Vorgang an Sie übergeben</numerusform>
            <numerusform>%n Vorgänge an Sie übergeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this case</source>
        <translation>Dateien zu diesem Vorgang</translation>
    </message>
    <message>
        <source>Drop photos or files here, paste an image (Ctrl+V), or use Add file…. Up to 20 MB a file.</source>
        <translation>Ziehen Sie Fotos oder Dateien hierher, fügen Sie ein Bild ein (Strg+V) oder verwenden Sie „Datei hinzufügen…“. Bis zu 20 MB pro Datei.</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Meldung zu den Dateien</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Dateien zum Vorgang hinzufügen</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n Datei hinzugefügt.</numerusform>
            <numerusform>%n Dateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Nicht hinzugefügt: </translation>
    </message>
    <message>
        <source>the clipboard holds no image or file</source>
        <translation>die Zwischenablage enthält weder ein Bild noch eine Datei</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No program is set up to open </source>
        <translation>Kein Programm zum Öffnen eingerichtet für </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Dateien entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from this case? The case history keeps a note.</source>
        <translation>
            <numerusform>%n Datei aus diesem Vorgang entfernen? Im Verlauf des Vorgangs bleibt ein Vermerk.</numerusform>
            <numerusform>%n Dateien aus diesem Vorgang entfernen? Im Verlauf des Vorgangs bleibt ein Vermerk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>on quit</source>
        <translation>beim Beenden</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>beschädigte Datei beiseitegelegt</translation>
    </message>
</context>
<context>
    <name>CaseAuthority</name>
    <message>
        <source>Remedy approval</source>
        <translation>Genehmigung der Wiedergutmachung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve the remedy</source>
        <translation>Die Wiedergutmachung genehmigen</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Decline the remedy, with a reason</source>
        <translation>Die Wiedergutmachung mit Begründung ablehnen</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Übergeben an…</translation>
    </message>
    <message>
        <source>Hand the case to a manager or the owner, with a note</source>
        <translation>Den Vorgang mit einer Notiz an eine Führungskraft oder die Inhaberin/den Inhaber übergeben</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an…</translation>
    </message>
    <message>
        <source>Make a person responsible for this case</source>
        <translation>Eine Person für diesen Vorgang verantwortlich machen</translation>
    </message>
    <message>
        <source>Awaiting approval by a manager or the owner: %1</source>
        <translation>Wartet auf Genehmigung (Führungskraft oder Inhaber/in): %1</translation>
    </message>
    <message>
        <source>Given over the limit: %1. For the owner&apos;s review.</source>
        <translation>Über dem Limit gewährt: %1. Zur Prüfung durch die Inhaberin/den Inhaber.</translation>
    </message>
    <message>
        <source>%1 approved by %2 at %3</source>
        <translation>%1 genehmigt von %2 am %3</translation>
    </message>
    <message>
        <source>Declined by %1 at %2</source>
        <translation>Abgelehnt von %1 am %2</translation>
    </message>
    <message>
        <source>%1 granted</source>
        <translation>%1 gewährt</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <comment>remedy of amount currency</comment>
        <translation>%1 über %2 %3</translation>
    </message>
    <message>
        <source>Remedy not recorded</source>
        <translation>Wiedergutmachung nicht festgehalten</translation>
    </message>
    <message>
        <source>The remedy is above your limit: it is recorded as a request awaiting approval by a manager or the owner.</source>
        <translation>Die Wiedergutmachung liegt über Ihrem Limit: Sie ist als Anfrage festgehalten, die auf Genehmigung durch eine Führungskraft oder die Inhaberin/den Inhaber wartet.</translation>
    </message>
    <message>
        <source>Recorded as given above your limit, and flagged for the owner&apos;s review.</source>
        <translation>Als über Ihrem Limit gewährt festgehalten und zur Prüfung durch die Inhaberin/den Inhaber markiert.</translation>
    </message>
    <message>
        <source>Remedy granted.</source>
        <translation>Wiedergutmachung gewährt.</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Brief nicht geschrieben</translation>
    </message>
    <message>
        <source>This letter would promise the remedy, which awaits approval by a manager or the owner. It can be written once the remedy is approved or declined.</source>
        <translation>Dieser Brief würde die Wiedergutmachung versprechen, die noch auf Genehmigung durch eine Führungskraft oder die Inhaberin/den Inhaber wartet. Er kann geschrieben werden, sobald sie genehmigt oder abgelehnt ist.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Begründung (optional):</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why is the remedy declined? The person who asked is told.</source>
        <translation>Warum wird die Wiedergutmachung abgelehnt? Die anfragende Person erfährt es.</translation>
    </message>
    <message>
        <source>There is no manager or owner to refer the case to.</source>
        <translation>Es gibt keine Führungskraft und keine Inhaberin/keinen Inhaber, an die der Vorgang übergeben werden kann.</translation>
    </message>
    <message>
        <source>Who should take over this case?</source>
        <translation>Wer soll diesen Vorgang übernehmen?</translation>
    </message>
    <message>
        <source>A note for %1 (what the customer wants, what was said):</source>
        <translation>Eine Notiz für %1 (was der Kunde möchte, was gesagt wurde):</translation>
    </message>
    <message>
        <source>Who is responsible for this case?</source>
        <translation>Wer ist für diesen Vorgang verantwortlich?</translation>
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
        <source>Files</source>
        <translation>Dateien</translation>
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
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
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
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Found: our fault</source>
        <translation>Ergebnis: unser Fehler</translation>
    </message>
    <message>
        <source>Found: not our fault</source>
        <translation>Ergebnis: nicht unser Fehler</translation>
    </message>
    <message>
        <source>What happened, for letters</source>
        <translation>Was geschah (für Briefe)</translation>
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
        <source>%1 is not among the cases listed now: the search or filters leave it out. Your unsaved changes to it are still here.</source>
        <translation>%1 ist nicht unter den jetzt gelisteten Fällen: Suche oder Filter blenden ihn aus. Ihre ungespeicherten Änderungen daran sind noch da.</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed</source>
        <translation>%1 ist nicht unter den gelisteten Fällen</translation>
    </message>
    <message>
        <source>The search or filters leave it out. Clear them to see it again.</source>
        <translation>Suche oder Filter blenden ihn aus. Leeren Sie sie, um ihn wieder zu sehen.</translation>
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
        <source>nothing shown here</source>
        <translation>nichts, was hier angezeigt wird</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>An einem anderen Platz geändert</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Nothing was saved yet.

Changed there: %2
Your changes: %3

Keep your changes (they replace the other desk&apos;s for these fields), or take the other desk&apos;s version (your changes here are discarded)?</source>
        <translation>%1 wurde an einem anderen Platz geändert, seit Sie den Fall geöffnet haben. Noch wurde nichts gespeichert.

Dort geändert: %2
Ihre Änderungen: %3

Ihre Änderungen behalten (sie ersetzen die des anderen Platzes für diese Felder) oder die Fassung des anderen Platzes übernehmen (Ihre Änderungen hier werden verworfen)?</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Fassung des anderen Platzes</translation>
    </message>
    <message>
        <source>Showing the case as the other desk saved it.</source>
        <translation>Der Fall wird so angezeigt, wie der andere Platz ihn gespeichert hat.</translation>
    </message>
    <message>
        <source>Not saved: the case was changed on another desk.</source>
        <translation>Nicht gespeichert: Der Fall wurde an einem anderen Platz geändert.</translation>
    </message>
    <message>
        <source>Resolve anyway?</source>
        <translation>Trotzdem erledigen?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why resolve anyway?</source>
        <translation>Diese Pflichtschritte sind nicht erledigt:
%1

Warum trotzdem als erledigt markieren?</translation>
    </message>
    <message>
        <source>Not resolved: the required steps are not done.</source>
        <translation>Nicht als erledigt markiert: Die Pflichtschritte fehlen noch.</translation>
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
        <source>Remove checklist</source>
        <translation>Checkliste entfernen</translation>
    </message>
    <message>
        <source>Take off the selected checklist started by mistake</source>
        <translation>Die gewählte, versehentlich begonnene Checkliste entfernen</translation>
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
    <message>
        <source>Change the severity?</source>
        <translation>Schwere ändern?</translation>
    </message>
    <message>
        <source>This checklist suggests severity %1 (now %2). Change it?</source>
        <translation>Diese Checkliste schlägt die Schwere %1 vor (jetzt %2). Ändern?</translation>
    </message>
    <message>
        <source>Remove the checklist “%1” from %2, with its ticks, notes and follow-ups?</source>
        <translation>Die Checkliste „%1“ mit ihren Haken, Notizen und Nachfassterminen von %2 entfernen?</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Eine eigene, bearbeitbare Kopie dieser Vorlage anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Wann verwenden</translation>
    </message>
    <message>
        <source>The kind of case this checklist is for</source>
        <translation>Für welche Art von Vorgang diese Checkliste gedacht ist</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Advice (shown on hover)</source>
        <translation>Hinweis (beim Zeigen)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Follow up after (days)</source>
        <translation>Wiedervorlage nach (Tagen)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1  (built-in)</source>
        <translation>%1  (mitgeliefert)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>Ihre Änderungen an „%1“ sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>This is a built-in checklist and cannot be changed. Press &lt;b&gt;Copy&lt;/b&gt; to make your own version of it.</source>
        <translation>Dies ist eine mitgelieferte Checkliste und kann nicht geändert werden. Klicken Sie auf &lt;b&gt;Kopieren&lt;/b&gt;, um Ihre eigene Fassung anzulegen.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Based on: %1</source>
        <translation>&lt;br&gt;Grundlage: %1</translation>
    </message>
    <message>
        <source>Your own checklist. Changes apply to checklists started from now on; cases keep the steps they started with.</source>
        <translation>Ihre eigene Checkliste. Änderungen gelten für Checklisten, die ab jetzt gestartet werden; Vorgänge behalten die Schritte, mit denen sie begonnen haben.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”? Cases that use it keep their own copy of the steps.</source>
        <translation>„%1“ löschen? Vorgänge, die sie verwenden, behalten ihre eigene Kopie der Schritte.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Find a customer by name, e-mail or phone</source>
        <translation>Kunden nach Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden durchsuchen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customer summary</source>
        <translation>Kundenübersicht</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Hinweis</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>Brief&amp;sprache</translation>
    </message>
    <message>
        <source>Shown whenever a case is logged for them, e.g. &apos;refer to the owner&apos;</source>
        <translation>Erscheint bei jedem neuen Vorgang dieses Kunden, z. B. „an die Inhaberin weitergeben“</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Kunden speichern</translation>
    </message>
    <message>
        <source>New case for this customer</source>
        <translation>Neuer Vorgang für diesen Kunden</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Another record of the same customer: move its cases here and keep the values you choose</source>
        <translation>Ein weiterer Datensatz desselben Kunden: seine Vorgänge hierher verschieben und die gewählten Werte behalten</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Kundendaten exportieren…</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Kunden löschen…</translation>
    </message>
    <message>
        <source>This customer&apos;s cases</source>
        <translation>Vorgänge dieses Kunden</translation>
    </message>
    <message>
        <source>Cases (double-click to open):</source>
        <translation>Vorgänge (Doppelklick zum Öffnen):</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>%1  (erased)</source>
        <translation>%1  (gelöscht)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, %2, remedies paid %3 %4, last visit %5</source>
        <translation>%1, %2, Wiedergutmachung gezahlt %3 %4, letzter Besuch %5</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n Beschwerde</numerusform>
            <numerusform>%n Beschwerden</numerusform>
        </translation>
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
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n case(s) moved here.</source>
        <translation>
            <numerusform>Zusammengeführt: %n Vorgang hierher verschoben.</numerusform>
            <numerusform>Zusammengeführt: %n Vorgänge hierher verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Daten dieses Kunden exportieren</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>The data of %1 was saved to %2.</source>
        <translation>Die Daten von %1 wurden unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Diesen Kunden löschen?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from this database? This cannot be undone.</source>
        <translation>Die personenbezogenen Daten von %1 aus dieser Datenbank löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Goodwill backs up this database every day you use it, before imports, upgrades and restores, and when you quit after changes. It keeps every backup of the last 2 days, then one a day for 2 weeks, one a week for 2 months and one a month for a year. Erasing a customer does not change backups made before it; they rotate out within a year.</source>
        <translation>Goodwill sichert diese Datenbank an jedem Tag, an dem Sie es benutzen, vor Importen, Aktualisierungen und Wiederherstellungen sowie beim Beenden nach Änderungen. Aufbewahrt werden alle Sicherungen der letzten 2 Tage, dann eine pro Tag für 2 Wochen, eine pro Woche für 2 Monate und eine pro Monat für ein Jahr. Das Löschen eines Kunden ändert ältere Sicherungen nicht; sie fallen innerhalb eines Jahres weg.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Gemeinsame Datenbank…</translation>
    </message>
    <message>
        <source>One log on a PostgreSQL server for several computers; this desk&apos;s staff name</source>
        <translation>Ein Protokoll auf einem PostgreSQL-Server für mehrere Computer; der Name des Personals an diesem Platz</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>gemeinsam: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n Vorgang</numerusform>
            <numerusform>%1, %n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3); %n kept</source>
        <translation>
            <numerusform>%1 (%2, %3); %n aufbewahrt</numerusform>
            <numerusform>%1 (%2, %3); %n aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>is required</source>
        <translation>muss ausgefüllt sein</translation>
    </message>
    <message>
        <source>acknowledged ({stamp}) before it occurred ({occurred})</source>
        <translation>bestätigt ({stamp}), bevor es geschah ({occurred})</translation>
    </message>
    <message>
        <source>resolved ({stamp}) before it occurred ({occurred})</source>
        <translation>gelöst ({stamp}), bevor es geschah ({occurred})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601)</source>
        <translation>„{value}“ ist kein Datum (JJJJ-MM-TT, JJJJ-MM-TT HH:MM oder ISO 8601 verwenden)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601, or as {locale} writes it: {example})</source>
        <translation>„{value}“ ist kein Datum (JJJJ-MM-TT, JJJJ-MM-TT HH:MM, ISO 8601 oder wie {locale} schreibt: {example})</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>This evening (17:00)</source>
        <translation>Heute Abend (17:00)</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Morgen 9:00</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
</context>
<context>
    <name>DeskPicker</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wer ist am Platz?</translation>
    </message>
    <message>
        <source>Changes, ticks, letters and approvals made here are recorded under your name.</source>
        <translation>Änderungen, Häkchen, Briefe und Genehmigungen an diesem Platz werden unter Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>Person am Platz</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Keine PIN festgelegt</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet.</source>
        <translation>Es steht noch niemand auf der Personalliste.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>Falsche PIN für %1. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Meine Vorgänge</translation>
    </message>
    <message>
        <source>Show only cases assigned to me</source>
        <translation>Nur mir zugewiesene Vorgänge zeigen</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Person wechseln</translation>
    </message>
    <message>
        <source>Change the person at the desk</source>
        <translation>Die Person am Platz wechseln</translation>
    </message>
    <message>
        <source>This business keeps no staff records, so changes are recorded under the owner&apos;s name. Add people with `goodwill staff add` (docs/staff-and-authority.md).</source>
        <translation>Dieses Geschäft führt keine Personalliste; Änderungen werden unter dem Namen der Inhaberin/des Inhabers festgehalten. Personen fügen Sie mit `goodwill staff add` hinzu (docs/staff-and-authority.md).</translation>
    </message>
    <message>
        <source>nobody (changes are refused)</source>
        <translation>niemand (Änderungen werden abgelehnt)</translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due today summary</source>
        <translation>Übersicht: heute fällig</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Vorgang öffnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue since %1</source>
        <translation>
            <numerusform>%n weiterer Fall überfällig seit %1</numerusform>
            <numerusform>%n weitere Fälle überfällig seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them</source>
        <translation>Klicken, um sie zu zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n Fall überfällig</numerusform>
            <numerusform>%n Fälle überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due later today</source>
        <translation>
            <numerusform>%n weitere heute fällig</numerusform>
            <numerusform>%n weitere heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source> (snoozed until %1)</source>
        <translation> (zurückgestellt bis %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>fällig um %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n Stunde überfällig</numerusform>
            <numerusform>%n Stunden überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
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
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
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
    <name>History</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>checklist started</source>
        <translation>Checkliste begonnen</translation>
    </message>
    <message>
        <source>checklist removed</source>
        <translation>Checkliste entfernt</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <source>step undone</source>
        <translation>Schritt zurückgenommen</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>Anhang hinzugefügt</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>Anhang entfernt</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht (Datenschutz)</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>step %1 note</source>
        <translation>Schritt %1 Notiz</translation>
    </message>
    <message>
        <source>step %1 follow-up</source>
        <translation>Schritt %1 Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefon des Kunden</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Anschrift des Kunden</translation>
    </message>
    <message>
        <source>Kind (complaint, compliment…)</source>
        <translation>Art (Beschwerde, Lob …)</translation>
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
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Gelöst am</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Cost of the remedy</source>
        <translation>Kosten der Wiedergutmachung</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>Customer came back</source>
        <translation>Kunde kam wieder</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lehre daraus</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Check that each column of your file lands in the right Goodwill column. Columns set to “Leave out” are not imported. Nothing is written until you press Import.</source>
        <translation>Prüfen Sie, ob jede Spalte Ihrer Datei in der richtigen Goodwill-Spalte landet. Spalten mit „Weglassen“ werden nicht importiert. Gespeichert wird erst, wenn Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>The first rows as Goodwill reads them</source>
        <translation>Die ersten Zeilen, wie Goodwill sie liest</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Alle Zeilen der Datei werden geprüft…</translation>
    </message>
    <message>
        <source>Which date is meant?</source>
        <translation>Welches Datum ist gemeint?</translation>
    </message>
    <message>
        <source>Line %1 of the file has the date %2, which reads two ways, and no other date in the file tells which. How does the file write dates?</source>
        <translation>Zeile %1 der Datei enthält das Datum %2, das sich auf zwei Arten lesen lässt, und kein anderes Datum der Datei zeigt, welche gemeint ist. Wie schreibt die Datei Daten?</translation>
    </message>
    <message>
        <source>%1 (the day first)</source>
        <translation>%1 (Tag zuerst)</translation>
    </message>
    <message>
        <source>%1 (the month first)</source>
        <translation>%1 (Monat zuerst)</translation>
    </message>
    <message>
        <source>Ready: importing adds %1 and %2.</source>
        <translation>Bereit: Der Import fügt %1 und %2 hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n neuen Kunden</numerusform>
            <numerusform>%n neue Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: fix these problems in the file (or map the columns above), then import again. Nothing has been written.</source>
        <translation>Nicht bereit: Beheben Sie diese Probleme in der Datei (oder ordnen Sie die Spalten oben zu) und importieren Sie dann erneut. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been written.</source>
        <translation>Die Datei konnte nicht gelesen werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it with nothing written.</source>
        <translation>Import läuft… „Abbrechen“ beendet ihn, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>%1 und %2 aus %3 importiert.</translation>
    </message>
    <message>
        <source>Stopping the import; nothing will be written…</source>
        <translation>Import wird abgebrochen; es wird nichts gespeichert…</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Vorgänge importieren</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Vorgänge exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n Vorgang nach %1 exportiert.</numerusform>
            <numerusform>%n Vorgänge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Brief drucken</translation>
    </message>
    <message>
        <source>Letter for %1 – %2</source>
        <translation>Brief zu %1 – %2</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Art des Briefs</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Neu aus der Vorlage beginnen</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Vorlage bearbeiten…</translation>
    </message>
    <message>
        <source>Change the wording every new letter of this kind starts from</source>
        <translation>Den Text ändern, mit dem jeder neue Brief dieser Art beginnt</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <source>Letter check warnings</source>
        <translation>Hinweise der Briefprüfung</translation>
    </message>
    <message>
        <source>A first line “Subject: …” becomes the bold line above the letter; a blank line starts a new paragraph.</source>
        <translation>Eine erste Zeile „Betreff: …“ wird zur fetten Betreffzeile über dem Brief; eine Leerzeile beginnt einen neuen Absatz.</translation>
    </message>
    <message>
        <source>Letter check (advice only; nothing stops you printing):</source>
        <translation>Briefprüfung (nur Hinweise; Sie können trotzdem drucken):</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Per E-Mail…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to the customer with this letter as a PDF, and open it in your mail program</source>
        <translation>Einen E-Mail-Entwurf an den Kunden mit diesem Brief als PDF erstellen und in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Throw away your changes to this letter and start again from the template?</source>
        <translation>Ihre Änderungen an diesem Brief verwerfen und neu aus der Vorlage beginnen?</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Hinweise.</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>den Firmennamen</translation>
    </message>
    <message>
        <source>the signature name</source>
        <translation>den Namen für die Unterschrift</translation>
    </message>
    <message>
        <source>Not ready to send: a letter needs a sender. Set %1 in Settings &gt; Business profile.</source>
        <translation>Nicht versandbereit: Ein Brief braucht einen Absender. Legen Sie %1 unter Einstellungen &gt; Firmenprofil fest.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB</source>
        <translation>
            <numerusform>%n Seite, %1 KB</numerusform>
            <numerusform>%n Seiten, %1 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Printed and kept with case %1.</source>
        <translation>Gedruckt und bei Vorgang %1 abgelegt.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1 and kept with case %2.</source>
        <translation>Unter %1 gespeichert und bei Vorgang %2 abgelegt.</translation>
    </message>
    <message>
        <source>Save e-mail draft</source>
        <translation>E-Mail-Entwurf speichern</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-Mail-Entwürfe (*.eml)</translation>
    </message>
    <message>
        <source> The customer has no e-mail address: add one in the draft.</source>
        <translation> Der Kunde hat keine E-Mail-Adresse: Tragen Sie eine im Entwurf ein.</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program</source>
        <translation>E-Mail-Entwurf in Ihrem E-Mail-Programm geöffnet</translation>
    </message>
    <message>
        <source>E-mail draft saved to </source>
        <translation>E-Mail-Entwurf gespeichert unter </translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Art des Briefs</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Placeholders filled from the case: %1. Paragraphs are separated by a blank line. A paragraph may offer other versions after a line holding only |; the first version whose placeholders all have a value is used, and a paragraph with none is left out. New drafts use the template; letters already drafted keep their text.</source>
        <translation>Platzhalter, die aus dem Vorgang gefüllt werden: %1. Absätze werden durch eine Leerzeile getrennt. Ein Absatz kann nach einer Zeile, die nur | enthält, weitere Fassungen anbieten; verwendet wird die erste Fassung, deren Platzhalter alle einen Wert haben, und ein Absatz ohne solche Fassung entfällt. Neue Entwürfe verwenden die Vorlage; bereits entworfene Briefe behalten ihren Text.</translation>
    </message>
    <message>
        <source>Restore the built-in wording</source>
        <translation>Mitgelieferten Text wiederherstellen</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Ihr eigener Text</translation>
    </message>
    <message>
        <source>Built-in wording</source>
        <translation>Mitgelieferter Text</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>Vorlage wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your wording with the built-in template for this kind of letter?</source>
        <translation>Ihren Text durch die mitgelieferte Vorlage für diese Briefart ersetzen?</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>%1 letter, %2 %3</source>
        <translation>Brief: %1, %2 am %3</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Erneut drucken…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Kopie des Briefs speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Versandte Briefe</translation>
    </message>
    <message>
        <source>No letters yet. Use the Letter button to write one.</source>
        <translation>Noch keine Briefe. Schreiben Sie einen mit der Schaltfläche „Brief“.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Erneut drucken…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
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
        <source>Who is working</source>
        <translation>Wer arbeitet</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;shown cases…</source>
        <translation>&amp;Angezeigte Vorgänge exportieren…</translation>
    </message>
    <message>
        <source>Case s&amp;heet PDF…</source>
        <translation>Vorgangsblatt als &amp;PDF…</translation>
    </message>
    <message>
        <source>C&amp;hange person…</source>
        <translation>&amp;Person wechseln…</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>Gemeinsame &amp;Datenbank…</translation>
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
        <source>&amp;Undo last save</source>
        <translation>Letztes Speichern &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>Fall &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
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
        <source>&amp;Owner&apos;s guide</source>
        <translation>&amp;Handbuch</translation>
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
        <source>Save the changes to %1 before quitting?</source>
        <translation>Änderungen an %1 vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
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
        <source>%1 — shared: %2</source>
        <translation>%1 — gemeinsam: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Platz: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff (desk)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>Ebenfalls aktiv: %1</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen.</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Find the other record of this customer</source>
        <translation>Den anderen Datensatz dieses Kunden suchen</translation>
    </message>
    <message>
        <source>Find the customer to merge</source>
        <translation>Zusammenzuführenden Kunden suchen</translation>
    </message>
    <message>
        <source>Customers to merge</source>
        <translation>Kunden zum Zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge another record into %1:</source>
        <translation>Einen anderen Datensatz mit %1 zusammenführen:</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Vorgang</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 Vorgänge</translation>
    </message>
    <message>
        <source>Stays: #%1 %2 (%3)</source>
        <translation>Bleibt: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Merged in: pick a customer above</source>
        <translation>Wird übernommen: Wählen Sie oben einen Kunden</translation>
    </message>
    <message>
        <source>Merged in: #%1 %2 (%3)</source>
        <translation>Wird übernommen: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Every case of #%2 (%1) moves to #%3, with a note in each case&apos;s history; #%2 is then removed. Notes from both records are kept when “Stays” is chosen for notes.</source>
        <translation>Alle Vorgänge von #%2 (%1) werden zu #%3 verschoben, jeweils mit einem Vermerk im Verlauf; danach wird #%2 entfernt. Die Notizen beider Datensätze bleiben erhalten, wenn bei den Notizen „Bleibt“ gewählt ist.</translation>
    </message>
    <message>
        <source>Merge #%1 %2 into #%3 %4? This cannot be undone (a backup is made on quit).</source>
        <translation>#%1 %2 mit #%3 %4 zusammenführen? Das lässt sich nicht rückgängig machen (beim Beenden wird eine Sicherung erstellt).</translation>
    </message>
    <message>
        <source>Not merged: </source>
        <translation>Nicht zusammengeführt: </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
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
        <translation>Name, E-Mail oder Telefon: suchen oder neu anlegen</translation>
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
    <name>OpenProblem</name>
    <message>
        <source>Goodwill has not changed the file.</source>
        <translation>Goodwill hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>This database file is empty (0 bytes). A crash or a full disk may have cut it short.</source>
        <translation>Diese Datenbankdatei ist leer (0 Byte). Ein Absturz oder eine volle Festplatte hat sie womöglich abgeschnitten.</translation>
    </message>
    <message>
        <source>This file is not a Goodwill database. Perhaps another file was chosen.</source>
        <translation>Diese Datei ist keine Goodwill-Datenbank. Vielleicht wurde eine andere Datei gewählt.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Goodwill database.</source>
        <translation>Diese Datei ist die Datenbank eines anderen Programms, keine Goodwill-Datenbank.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Goodwill. Please update Goodwill to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Goodwill gespeichert. Bitte aktualisieren Sie Goodwill, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This database is damaged and cannot be opened safely.</source>
        <translation>Diese Datenbank ist beschädigt und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>Goodwill cannot write to this file or its folder (it is read-only, or you do not have permission).</source>
        <translation>Goodwill kann nicht in diese Datei oder ihren Ordner schreiben (sie ist schreibgeschützt oder Ihnen fehlt die Berechtigung).</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup is from %1 (%n case(s)). Restoring it keeps this file as it is, moved into the backups folder.</source>
        <translation>
            <numerusform>Die letzte intakte Sicherung ist vom %1 (%n Vorgang). Beim Wiederherstellen bleibt diese Datei unverändert und wird in den Sicherungsordner verschoben.</numerusform>
            <numerusform>Die letzte intakte Sicherung ist vom %1 (%n Vorgänge). Beim Wiederherstellen bleibt diese Datei unverändert und wird in den Sicherungsordner verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Restore latest good backup</source>
        <translation>Letzte intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Open a Goodwill database</source>
        <translation>Goodwill-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Goodwill-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>OwnersGuide</name>
    <message>
        <source>Owner&apos;s guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>The owner&apos;s guide is not in this installation (%1).</source>
        <translation>Das Handbuch fehlt in dieser Installation (%1).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Letter preview</source>
        <translation>Briefvorschau</translation>
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
    <name>ReminderCenter</name>
    <message>
        <source>Goodwill: nothing due</source>
        <translation>Goodwill: nichts fällig</translation>
    </message>
    <message numerus="yes">
        <source>Goodwill: %n due today</source>
        <translation>
            <numerusform>Goodwill: %n heute fällig</numerusform>
            <numerusform>Goodwill: %n heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Bestätigen bis %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Erledigen bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n Erinnerung fällig</numerusform>
            <numerusform>%n Erinnerungen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: </source>
        <translation>Erinnerung: </translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current database is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihre aktuelle Datenbank wird vorher gesichert, so lässt sich auch eine Wiederherstellung über diese Liste rückgängig machen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Sicherungen werden gelesen…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Restore from a backup file kept somewhere else</source>
        <translation>Aus einer Sicherungsdatei an einem anderen Ort wiederherstellen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n Sicherung in %1</numerusform>
            <numerusform>%n Sicherungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet. Goodwill makes one every day you use it and whenever you quit after changes.</source>
        <translation>Es gibt noch keine Sicherungen. Goodwill legt an jedem Tag, an dem Sie es benutzen, eine an und immer dann, wenn Sie nach Änderungen beenden.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>Go back to the backup of %1 (%n case(s))?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>Zur Sicherung vom %1 (%n Vorgang) zurückkehren?

Alles, was danach erfasst wurde, ist dann nicht mehr zu sehen. Ihre aktuelle Datenbank wird vorher gesichert, Sie können also über diese Liste zu ihr zurückkehren.</numerusform>
            <numerusform>Zur Sicherung vom %1 (%n Vorgänge) zurückkehren?

Alles, was danach erfasst wurde, ist dann nicht mehr zu sehen. Ihre aktuelle Datenbank wird vorher gesichert, Sie können also über diese Liste zu ihr zurückkehren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Goodwill-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore this file?</source>
        <translation>Diese Datei wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace your database with %1?

Your current database is backed up first.</source>
        <translation>Ihre Datenbank durch %1 ersetzen?

Ihre aktuelle Datenbank wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1

Ihre Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>Die bisherige Datenbank wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Your database now holds %n case(s) from the backup.</source>
        <translation>
            <numerusform>Ihre Datenbank enthält jetzt %n Vorgang aus der Sicherung.</numerusform>
            <numerusform>Ihre Datenbank enthält jetzt %n Vorgänge aus der Sicherung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Gemeinsame Datenbank</translation>
    </message>
    <message>
        <source>Several computers can keep one log on a PostgreSQL server: every desk sees the same cases, and the lists refresh within seconds when another desk saves. Without a shared database, Goodwill keeps the log in a file on this computer.</source>
        <translation>Mehrere Computer können ein Protokoll auf einem PostgreSQL-Server führen: Jeder Platz sieht dieselben Fälle, und die Listen werden binnen Sekunden aktualisiert, wenn ein anderer Platz speichert. Ohne gemeinsame Datenbank führt Goodwill das Protokoll in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>PostgreSQL-Adresse</translation>
    </message>
    <message>
        <source>Password of the shared database</source>
        <translation>Passwort der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>Leave empty to use a .pgpass file</source>
        <translation>Leer lassen, um eine .pgpass-Datei zu verwenden</translation>
    </message>
    <message>
        <source>Staff name on this desk</source>
        <translation>Name des Personals an diesem Platz</translation>
    </message>
    <message>
        <source>Who works at this computer</source>
        <translation>Wer an diesem Computer arbeitet</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>PostgreSQL address:</source>
        <translation>PostgreSQL-Adresse:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Staff name on this desk:</source>
        <translation>Name des Personals an diesem Platz:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Jetzt geöffnet: %1</translation>
    </message>
    <message>
        <source>The address is kept in this computer&apos;s settings for your user; its password goes to the system keyring (or, where there is none, a file only you can read), never into the settings. You may leave the password out of the address and keep it in a .pgpass file instead. A change of database takes effect the next time Goodwill starts.</source>
        <translation>Die Adresse wird in den Einstellungen dieses Computers für Ihr Benutzerkonto gespeichert; das Passwort kommt in den Schlüsselbund des Systems (oder, wo es keinen gibt, in eine Datei, die nur Sie lesen können), nie in die Einstellungen. Sie können das Passwort auch weglassen und in einer .pgpass-Datei hinterlegen. Ein Wechsel der Datenbank gilt ab dem nächsten Start von Goodwill.</translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation>Gemeinsame Datenbank verwenden</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Die Datei auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>A shared database address starts with postgresql:// (for example postgresql://user:password@host/dbname).</source>
        <translation>Die Adresse einer gemeinsamen Datenbank beginnt mit postgresql:// (zum Beispiel postgresql://benutzer:passwort@server/datenbank).</translation>
    </message>
    <message>
        <source>Goodwill opens the shared database %1 the next time it starts.</source>
        <translation>Goodwill öffnet beim nächsten Start die gemeinsame Datenbank %1.</translation>
    </message>
    <message>
        <source>Goodwill opens the file on this computer the next time it starts. The shared log stays on its server for the other desks.</source>
        <translation>Goodwill öffnet beim nächsten Start die Datei auf diesem Computer. Das gemeinsame Protokoll bleibt für die anderen Plätze auf seinem Server.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>owner</source>
        <translation>Inhaber/in</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted cases are kept here for %1 days, then erased for good.</source>
        <translation>Gelöschte Fälle bleiben hier %1 Tage und werden dann endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Endgültig gelöscht am</translation>
    </message>
    <message>
        <source>Deleted cases</source>
        <translation>Gelöschte Fälle</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good, with its history, checklists, letters and files? This cannot be undone.</source>
        <translation>%1 mit Verlauf, Checklisten, Briefen und Dateien endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
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
        <source>Import a spreadsheet…</source>
        <translation>Tabelle importieren…</translation>
    </message>
    <message>
        <source>Bring in cases from a CSV file or an Excel or LibreOffice sheet</source>
        <translation>Vorgänge aus einer CSV-Datei oder einer Excel- oder LibreOffice-Tabelle übernehmen</translation>
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
<context>
    <name>window</name>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
</context>
</TS>

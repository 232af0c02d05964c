<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Age</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 u</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>months</comment>
        <translation>%1 mnd</translation>
    </message>
    <message>
        <source>%1 y</source>
        <comment>years</comment>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Goodwill cannot work on this database: the folder it is in cannot be written to (%2).
%1</source>
        <translation>Goodwill kan niet met deze database werken: er kan niet in de map worden geschreven (%2).
%1</translation>
    </message>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>Goodwill is al geopend met deze database:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Het bestand op deze computer gebruiken</translation>
    </message>
    <message>
        <source>a network drive (%1)</source>
        <translation>een netwerkschijf (%1)</translation>
    </message>
    <message>
        <source>a folder that syncs to the cloud (%1)</source>
        <translation>een map die met de cloud synchroniseert (%1)</translation>
    </message>
    <message>
        <source>This database is in a shared folder</source>
        <translation>Deze database staat in een gedeelde map</translation>
    </message>
    <message>
        <source>%1 is on %2.

A Goodwill file there can be damaged when two computers use it at once, or when the folder syncs while Goodwill is writing. To work on one log from several computers, use File &gt; Shared database… (PostgreSQL) instead; to keep this file safe, move it to a folder on this computer.</source>
        <translation>%1 staat op %2.

Een Goodwill-bestand kan daar beschadigd raken als twee computers het tegelijk gebruiken, of als de map synchroniseert terwijl Goodwill schrijft. Gebruik Bestand &gt; Gedeelde database… (PostgreSQL) om vanaf meerdere computers aan één logboek te werken; verplaats dit bestand naar een map op deze computer om het veilig te houden.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nothing was saved: choose who is at the desk first (File &gt; Change person…).</source>
        <translation>Er is niets opgeslagen: kies eerst wie er aan de balie zit (Bestand &gt; Persoon wisselen…).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er is iets misgegaan</translation>
    </message>
</context>
<context>
    <name>ApprovalsNotifier</name>
    <message numerus="yes">
        <source>%n new for you to decide or take over</source>
        <translation>
            <numerusform>%n nieuw voor u om te beslissen of over te nemen</numerusform>
            <numerusform>%n nieuw voor u om te beslissen of over te nemen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: awaiting your approval</source>
        <translation>%1: wacht op uw goedkeuring</translation>
    </message>
    <message>
        <source>%1: referred to you</source>
        <translation>%1: aan u doorverwezen</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Waiting on you</source>
        <translation>Wacht op u</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Approve or decline: %1 of %2 %3</source>
        <translation>Goedkeuren of afwijzen: %1 van %2 %3</translation>
    </message>
    <message>
        <source>Referred to you: %1</source>
        <translation>Aan u doorverwezen: %1</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>Aan u doorverwezen</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy(s) awaiting your approval</source>
        <translation>
            <numerusform>%n compensatie wacht op uw goedkeuring</numerusform>
            <numerusform>%n compensaties wachten op uw goedkeuring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) referred to you</source>
        <translation>
            <numerusform>%n melding aan u doorverwezen</numerusform>
            <numerusform>%n meldingen aan u doorverwezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this case</source>
        <translation>Bestanden bij deze melding</translation>
    </message>
    <message>
        <source>Drop photos or files here, paste an image (Ctrl+V), or use Add file…. Up to 20 MB a file.</source>
        <translation>Sleep foto&apos;s of bestanden hierheen, plak een afbeelding (Ctrl+V) of gebruik „Bestand toevoegen…”. Maximaal 20 MB per bestand.</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Bericht over de bestanden</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Bestanden aan de melding toevoegen</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Bezig met toevoegen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n bestand toegevoegd.</numerusform>
            <numerusform>%n bestanden toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Niet toegevoegd: </translation>
    </message>
    <message>
        <source>the clipboard holds no image or file</source>
        <translation>het klembord bevat geen afbeelding of bestand</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>No program is set up to open </source>
        <translation>Er is geen programma ingesteld om dit bestand te openen: </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Bestanden verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from this case? The case history keeps a note.</source>
        <translation>
            <numerusform>%n bestand uit deze melding verwijderen? De geschiedenis van de melding houdt er een notitie van bij.</numerusform>
            <numerusform>%n bestanden uit deze melding verwijderen? De geschiedenis van de melding houdt er een notitie van bij.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>on quit</source>
        <translation>bij afsluiten</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een terugzetting</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>beschadigd bestand apart gezet</translation>
    </message>
</context>
<context>
    <name>CaseAuthority</name>
    <message>
        <source>Remedy approval</source>
        <translation>Goedkeuring van de compensatie</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Approve the remedy</source>
        <translation>De compensatie goedkeuren</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Decline the remedy, with a reason</source>
        <translation>De compensatie afwijzen, met een reden</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Doorverwijzen naar…</translation>
    </message>
    <message>
        <source>Hand the case to a manager or the owner, with a note</source>
        <translation>De melding met een notitie doorverwijzen naar een leidinggevende of de eigenaar</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Toewijzen aan…</translation>
    </message>
    <message>
        <source>Make a person responsible for this case</source>
        <translation>Een persoon verantwoordelijk maken voor deze melding</translation>
    </message>
    <message>
        <source>Awaiting approval by a manager or the owner: %1</source>
        <translation>Wacht op goedkeuring door een leidinggevende of de eigenaar: %1</translation>
    </message>
    <message>
        <source>Given over the limit: %1. For the owner&apos;s review.</source>
        <translation>Boven de limiet gegeven: %1. Ter beoordeling door de eigenaar.</translation>
    </message>
    <message>
        <source>%1 approved by %2 at %3</source>
        <translation>%1 goedgekeurd door %2 op %3</translation>
    </message>
    <message>
        <source>Declined by %1 at %2</source>
        <translation>Afgewezen door %1 op %2</translation>
    </message>
    <message>
        <source>%1 granted</source>
        <translation>%1 toegekend</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Toegewezen aan %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <comment>remedy of amount currency</comment>
        <translation>%1 van %2 %3</translation>
    </message>
    <message>
        <source>Remedy not recorded</source>
        <translation>Compensatie niet vastgelegd</translation>
    </message>
    <message>
        <source>The remedy is above your limit: it is recorded as a request awaiting approval by a manager or the owner.</source>
        <translation>De compensatie ligt boven uw limiet: ze is vastgelegd als verzoek dat wacht op goedkeuring door een leidinggevende of de eigenaar.</translation>
    </message>
    <message>
        <source>Recorded as given above your limit, and flagged for the owner&apos;s review.</source>
        <translation>Vastgelegd als gegeven boven uw limiet en gemarkeerd ter beoordeling door de eigenaar.</translation>
    </message>
    <message>
        <source>Remedy granted.</source>
        <translation>Compensatie toegekend.</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Brief niet geschreven</translation>
    </message>
    <message>
        <source>This letter would promise the remedy, which awaits approval by a manager or the owner. It can be written once the remedy is approved or declined.</source>
        <translation>Deze brief zou de compensatie beloven, die nog wacht op goedkeuring door een leidinggevende of de eigenaar. Hij kan worden geschreven zodra ze is goedgekeurd of afgewezen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Reden (optioneel):</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Why is the remedy declined? The person who asked is told.</source>
        <translation>Waarom wordt de compensatie afgewezen? De aanvrager krijgt het te horen.</translation>
    </message>
    <message>
        <source>There is no manager or owner to refer the case to.</source>
        <translation>Er is geen leidinggevende of eigenaar om de melding naar door te verwijzen.</translation>
    </message>
    <message>
        <source>Who should take over this case?</source>
        <translation>Wie moet deze melding overnemen?</translation>
    </message>
    <message>
        <source>A note for %1 (what the customer wants, what was said):</source>
        <translation>Een notitie voor %1 (wat de klant wil, wat er gezegd is):</translation>
    </message>
    <message>
        <source>Who is responsible for this case?</source>
        <translation>Wie is verantwoordelijk voor deze melding?</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Te laat: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected</source>
        <translation>Geen melding geselecteerd</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Approve remedy over the refund limit</source>
        <translation>Compensatie boven de terugbetalingslimiet goedkeuren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Wijzigingen opslaan (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>De opgeslagen waarden terugzetten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Stamp the acknowledged time with now</source>
        <translation>Bevestigingstijd op nu zetten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Stamp the resolved time with now and mark it resolved</source>
        <translation>Oplostijd op nu zetten en als opgelost markeren</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Brief schrijven</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>letter kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Bestanden (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost op</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Compensatie</translation>
    </message>
    <message>
        <source>Remedy cost</source>
        <translation>Kosten compensatie</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Customer returned</source>
        <translation>Klant teruggekomen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Wordt onderzocht</translation>
    </message>
    <message>
        <source>Found: our fault</source>
        <translation>Uitkomst: onze fout</translation>
    </message>
    <message>
        <source>Found: not our fault</source>
        <translation>Uitkomst: niet onze fout</translation>
    </message>
    <message>
        <source>What happened, for letters</source>
        <translation>Wat er gebeurde (voor brieven)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Gesloten omdat</translation>
    </message>
    <message>
        <source>%1 from &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</source>
        <translation>%1 van &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Needs approval (over your refund limit of %1 %2)</source>
        <translation>Goedkeuring nodig (boven uw terugbetalingslimiet van %1 %2)</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <translation>Goedgekeurd door %1 %2</translation>
    </message>
    <message>
        <source>acknowledge by %1</source>
        <translation>bevestigen vóór %1</translation>
    </message>
    <message>
        <source>resolve by %1</source>
        <translation>oplossen vóór %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Te laat: %1</translation>
    </message>
    <message>
        <source>None (not a complaint)</source>
        <translation>Geen (geen klacht)</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed now: the search or filters leave it out. Your unsaved changes to it are still here.</source>
        <translation>%1 staat niet meer tussen de getoonde zaken: de zoekopdracht of filters laten hem weg. Uw niet-opgeslagen wijzigingen staan er nog.</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed</source>
        <translation>%1 staat niet tussen de getoonde zaken</translation>
    </message>
    <message>
        <source>The search or filters leave it out. Clear them to see it again.</source>
        <translation>De zoekopdracht of filters laten hem weg. Wis ze om hem weer te zien.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Niet opgeslagen: corrigeer de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Toch sluiten?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why close anyway?</source>
        <translation>Deze verplichte stappen zijn niet gedaan:
%1

Waarom toch sluiten?</translation>
    </message>
    <message>
        <source>Not closed: the required steps are not done.</source>
        <translation>Niet gesloten: de verplichte stappen zijn niet gedaan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>nothing shown here</source>
        <translation>niets wat hier getoond wordt</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Gewijzigd op een andere werkplek</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Nothing was saved yet.

Changed there: %2
Your changes: %3

Keep your changes (they replace the other desk&apos;s for these fields), or take the other desk&apos;s version (your changes here are discarded)?</source>
        <translation>%1 is op een andere werkplek gewijzigd sinds u het opende. Er is nog niets opgeslagen.

Daar gewijzigd: %2
Uw wijzigingen: %3

Uw wijzigingen behouden (ze vervangen die van de andere werkplek voor deze velden) of de versie van de andere werkplek nemen (uw wijzigingen hier vervallen)?</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Mijn wijzigingen behouden</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun versie nemen</translation>
    </message>
    <message>
        <source>Showing the case as the other desk saved it.</source>
        <translation>De zaak wordt getoond zoals de andere werkplek die opsloeg.</translation>
    </message>
    <message>
        <source>Not saved: the case was changed on another desk.</source>
        <translation>Niet opgeslagen: de zaak is op een andere werkplek gewijzigd.</translation>
    </message>
    <message>
        <source>Resolve anyway?</source>
        <translation>Toch oplossen?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why resolve anyway?</source>
        <translation>Deze verplichte stappen zijn niet gedaan:
%1

Waarom toch oplossen?</translation>
    </message>
    <message>
        <source>Not resolved: the required steps are not done.</source>
        <translation>Niet opgelost: de verplichte stappen zijn niet gedaan.</translation>
    </message>
    <message>
        <source>Who approves this remedy?</source>
        <translation>Wie keurt deze compensatie goed?</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Voortgang van de checklist</translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation>Te starten checklist</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Checklist starten</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Sjablonen…</translation>
    </message>
    <message>
        <source>Add your own checklists or copy a built-in one</source>
        <translation>Eigen checklists toevoegen of een ingebouwde kopiëren</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Checklist verwijderen</translation>
    </message>
    <message>
        <source>Take off the selected checklist started by mistake</source>
        <translation>De gekozen, per ongeluk gestarte checklist verwijderen</translation>
    </message>
    <message>
        <source>Ticking as</source>
        <translation>Afvinken als</translation>
    </message>
    <message>
        <source>Whose name goes on the steps you tick</source>
        <translation>Wiens naam bij de afgevinkte stappen komt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Stappen van de checklist</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Notitie bij de stap</translation>
    </message>
    <message>
        <source>A short note on this step</source>
        <translation>Een korte notitie bij deze stap</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opvolgdatum</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>Opvolgdatum wissen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Opvolgen:</translation>
    </message>
    <message>
        <source>Ticking as:</source>
        <translation>Afvinken als:</translation>
    </message>
    <message>
        <source>Bold steps must be done before closing. Hover over a step for advice.</source>
        <translation>Vetgedrukte stappen moeten vóór het sluiten gedaan zijn. Houd de muis boven een stap voor advies.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (aanbevolen)</translation>
    </message>
    <message>
        <source>%1 (already started)</source>
        <translation>%1 (al gestart)</translation>
    </message>
    <message>
        <source>Suggested checklist:</source>
        <translation>Aanbevolen checklist:</translation>
    </message>
    <message>
        <source>Add a checklist:</source>
        <translation>Checklist toevoegen:</translation>
    </message>
    <message>
        <source>When to use: %1</source>
        <translation>Wanneer gebruiken: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 van %3 gedaan</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>Gestart op %1 door %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>Follow-up due since %1</source>
        <translation>Opvolging nodig sinds %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Opvolgen vóór %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>Required before the case can be closed.</source>
        <translation>Verplicht voordat de melding gesloten kan worden.</translation>
    </message>
    <message>
        <source>required, done</source>
        <translation>verplicht, gedaan</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Stap %1, %2: %3</translation>
    </message>
    <message>
        <source>No checklist yet. Start the suggested one, or choose another.</source>
        <translation>Nog geen checklist. Start de aanbevolen checklist of kies een andere.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 van %2 stappen gedaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n required step(s) still to do.</source>
        <translation>
            <numerusform>Nog %n verplichte stap te doen.</numerusform>
            <numerusform>Nog %n verplichte stappen te doen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required steps are done.</source>
        <translation>Alle verplichte stappen zijn gedaan.</translation>
    </message>
    <message>
        <source>Select a step to add a note or a follow-up date.</source>
        <translation>Selecteer een stap om een notitie of opvolgdatum toe te voegen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Change the severity?</source>
        <translation>Ernst wijzigen?</translation>
    </message>
    <message>
        <source>This checklist suggests severity %1 (now %2). Change it?</source>
        <translation>Deze checklist stelt ernst %1 voor (nu %2). Wijzigen?</translation>
    </message>
    <message>
        <source>Remove the checklist “%1” from %2, with its ticks, notes and follow-ups?</source>
        <translation>De checklist ‘%1’ van %2 verwijderen, met vinkjes, notities en opvolgingen?</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Checklistsjablonen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Een eigen, bewerkbare kopie van dit sjabloon maken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Naam van het sjabloon</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Wanneer gebruiken</translation>
    </message>
    <message>
        <source>The kind of case this checklist is for</source>
        <translation>Voor welke soort melding deze checklist is</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Advice (shown on hover)</source>
        <translation>Advies (zichtbaar bij aanwijzen)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Follow up after (days)</source>
        <translation>Opvolgen na (dagen)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>%1  (built-in)</source>
        <translation>%1  (ingebouwd)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen negeren?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>Uw wijzigingen in „%1” zijn niet opgeslagen. Negeren?</translation>
    </message>
    <message>
        <source>This is a built-in checklist and cannot be changed. Press &lt;b&gt;Copy&lt;/b&gt; to make your own version of it.</source>
        <translation>Dit is een ingebouwde checklist die niet kan worden gewijzigd. Klik op &lt;b&gt;Kopiëren&lt;/b&gt; om uw eigen versie te maken.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Based on: %1</source>
        <translation>&lt;br&gt;Gebaseerd op: %1</translation>
    </message>
    <message>
        <source>Your own checklist. Changes apply to checklists started from now on; cases keep the steps they started with.</source>
        <translation>Uw eigen checklist. Wijzigingen gelden voor checklists die vanaf nu worden gestart; meldingen houden de stappen waarmee ze begonnen.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Sjabloon verwijderen?</translation>
    </message>
    <message>
        <source>Delete “%1”? Cases that use it keep their own copy of the steps.</source>
        <translation>„%1” verwijderen? Meldingen die deze gebruiken, houden hun eigen kopie van de stappen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Find a customer by name, e-mail or phone</source>
        <translation>Klant zoeken op naam, e-mailadres of telefoon</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Klanten zoeken</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Customer summary</source>
        <translation>Klantoverzicht</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Markering</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Brieftaal</translation>
    </message>
    <message>
        <source>Shown whenever a case is logged for them, e.g. &apos;refer to the owner&apos;</source>
        <translation>Verschijnt bij elke nieuwe melding van deze klant, bijv. „doorverwijzen naar de eigenaar”</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Klant opslaan</translation>
    </message>
    <message>
        <source>New case for this customer</source>
        <translation>Nieuwe melding voor deze klant</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <source>Another record of the same customer: move its cases here and keep the values you choose</source>
        <translation>Een ander record van dezelfde klant: de meldingen ervan hierheen verplaatsen en de gekozen waarden behouden</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Klantgegevens exporteren…</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Klant wissen…</translation>
    </message>
    <message>
        <source>This customer&apos;s cases</source>
        <translation>Meldingen van deze klant</translation>
    </message>
    <message>
        <source>Cases (double-click to open):</source>
        <translation>Meldingen (dubbelklik om te openen):</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Geen klant geselecteerd</translation>
    </message>
    <message>
        <source>%1  (erased)</source>
        <translation>%1  (gewist)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>%1, %2, remedies paid %3 %4, last visit %5</source>
        <translation>%1, %2, compensaties betaald %3 %4, laatste bezoek %5</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n klacht</numerusform>
            <numerusform>%n klachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Niet opgeslagen: corrigeer de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n case(s) moved here.</source>
        <translation>
            <numerusform>Samengevoegd: %n melding hierheen verplaatst.</numerusform>
            <numerusform>Samengevoegd: %n meldingen hierheen verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Gegevens van deze klant exporteren</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>The data of %1 was saved to %2.</source>
        <translation>De gegevens van %1 zijn opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Deze klant wissen?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from this database? This cannot be undone.</source>
        <translation>De persoonsgegevens van %1 uit deze database wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Niet gewist</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Laatste back-up:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Back-upmap:</translation>
    </message>
    <message>
        <source>Goodwill backs up this database every day you use it, before imports, upgrades and restores, and when you quit after changes. It keeps every backup of the last 2 days, then one a day for 2 weeks, one a week for 2 months and one a month for a year. Erasing a customer does not change backups made before it; they rotate out within a year.</source>
        <translation>Goodwill maakt een back-up van deze database op elke dag dat u het gebruikt, vóór imports, upgrades en terugzettingen, en bij het afsluiten na wijzigingen. Het bewaart alle back-ups van de laatste 2 dagen, daarna één per dag gedurende 2 weken, één per week gedurende 2 maanden en één per maand gedurende een jaar. Het wissen van een klant verandert eerdere back-ups niet; die verdwijnen binnen een jaar.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Back-upmap openen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Gedeelde database…</translation>
    </message>
    <message>
        <source>One log on a PostgreSQL server for several computers; this desk&apos;s staff name</source>
        <translation>Eén logboek op een PostgreSQL-server voor meerdere computers; de naam van de medewerker op deze werkplek</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>gedeeld: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n melding</numerusform>
            <numerusform>%1, %n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3); %n kept</source>
        <translation>
            <numerusform>%1 (%2, %3); %n bewaard</numerusform>
            <numerusform>%1 (%2, %3); %n bewaard</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>De back-up kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>acknowledged ({stamp}) before it occurred ({occurred})</source>
        <translation>bevestigd ({stamp}) voordat het gebeurde ({occurred})</translation>
    </message>
    <message>
        <source>resolved ({stamp}) before it occurred ({occurred})</source>
        <translation>opgelost ({stamp}) voordat het gebeurde ({occurred})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601)</source>
        <translation>&apos;{value}&apos; is geen datum (gebruik JJJJ-MM-DD, JJJJ-MM-DD UU:MM of ISO 8601)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601, or as {locale} writes it: {example})</source>
        <translation>&apos;{value}&apos; is geen datum (gebruik JJJJ-MM-DD, JJJJ-MM-DD UU:MM, ISO 8601 of zoals {locale} schrijft: {example})</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>This evening (17:00)</source>
        <translation>Vanavond (17:00)</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Morgen 9:00</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
</context>
<context>
    <name>DeskPicker</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wie zit er aan de balie?</translation>
    </message>
    <message>
        <source>Changes, ticks, letters and approvals made here are recorded under your name.</source>
        <translation>Wijzigingen, afgevinkte stappen, brieven en goedkeuringen hier worden op uw naam vastgelegd.</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>Persoon aan de balie</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Uw pincode</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Geen pincode ingesteld</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet.</source>
        <translation>Er staat nog niemand op de personeelslijst.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>Verkeerde pincode voor %1. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mijn meldingen</translation>
    </message>
    <message>
        <source>Show only cases assigned to me</source>
        <translation>Alleen meldingen tonen die aan mij zijn toegewezen</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Persoon wisselen</translation>
    </message>
    <message>
        <source>Change the person at the desk</source>
        <translation>De persoon aan de balie wisselen</translation>
    </message>
    <message>
        <source>This business keeps no staff records, so changes are recorded under the owner&apos;s name. Add people with `goodwill staff add` (docs/staff-and-authority.md).</source>
        <translation>Dit bedrijf houdt geen personeelslijst bij, dus wijzigingen worden op naam van de eigenaar vastgelegd. Voeg mensen toe met `goodwill staff add` (docs/staff-and-authority.md).</translation>
    </message>
    <message>
        <source>nobody (changes are refused)</source>
        <translation>niemand (wijzigingen worden geweigerd)</translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>Due today summary</source>
        <translation>Samenvatting van vandaag te doen</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Melding openen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue since %1</source>
        <translation>
            <numerusform>nog %n te laat sinds %1</numerusform>
            <numerusform>nog %n te laat sinds %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them</source>
        <translation>Klik om ze te tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n dossier te laat</numerusform>
            <numerusform>%n dossiers te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due later today</source>
        <translation>
            <numerusform>nog %n vandaag te doen</numerusform>
            <numerusform>nog %n vandaag te doen</numerusform>
        </translation>
    </message>
    <message>
        <source> (snoozed until %1)</source>
        <translation> (uitgesteld tot %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Opvolgen: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>uiterlijk om %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n uur te laat</numerusform>
            <numerusform>%n uur te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>nu te doen</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Vandaag niets te doen.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Vervanging</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Alleen excuses</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Excuses</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Bedankje</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Gemaild</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with %1</source>
        <translation>Probleem met %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>naar de prullenbak verplaatst</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>in de prullenbak</translation>
    </message>
    <message>
        <source>checklist started</source>
        <translation>checklist gestart</translation>
    </message>
    <message>
        <source>checklist removed</source>
        <translation>checklist verwijderd</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>stap gedaan</translation>
    </message>
    <message>
        <source>step undone</source>
        <translation>stap teruggezet</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>bijlage toegevoegd</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>bijlage verwijderd</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>tegemoetkoming</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>goedkeuring</translation>
    </message>
    <message>
        <source>step %1 note</source>
        <translation>notitie bij stap %1</translation>
    </message>
    <message>
        <source>step %1 follow-up</source>
        <translation>opvolging van stap %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail van de klant</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefoon van de klant</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Adres van de klant</translation>
    </message>
    <message>
        <source>Kind (complaint, compliment…)</source>
        <translation>Soort (klacht, compliment…)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Opgelost op</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Tegemoetkoming</translation>
    </message>
    <message>
        <source>Cost of the remedy</source>
        <translation>Kosten van de tegemoetkoming</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Tevredenheid (1-5)</translation>
    </message>
    <message>
        <source>Customer came back</source>
        <translation>Klant kwam terug</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Taal van de klant</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Check that each column of your file lands in the right Goodwill column. Columns set to “Leave out” are not imported. Nothing is written until you press Import.</source>
        <translation>Controleer of elke kolom van uw bestand in de juiste Goodwill-kolom terechtkomt. Kolommen die op „Weglaten” staan, worden niet geïmporteerd. Er wordt niets opgeslagen totdat u op „Importeren” klikt.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>The first rows as Goodwill reads them</source>
        <translation>De eerste rijen zoals Goodwill ze leest</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rij %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Alle rijen van het bestand worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Which date is meant?</source>
        <translation>Welke datum is bedoeld?</translation>
    </message>
    <message>
        <source>Line %1 of the file has the date %2, which reads two ways, and no other date in the file tells which. How does the file write dates?</source>
        <translation>Regel %1 van het bestand bevat de datum %2, die op twee manieren te lezen is, en geen andere datum in het bestand zegt welke. Hoe schrijft het bestand datums?</translation>
    </message>
    <message>
        <source>%1 (the day first)</source>
        <translation>%1 (dag eerst)</translation>
    </message>
    <message>
        <source>%1 (the month first)</source>
        <translation>%1 (maand eerst)</translation>
    </message>
    <message>
        <source>Ready: importing adds %1 and %2.</source>
        <translation>Klaar: de import voegt %1 en %2 toe.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n nieuwe klant</numerusform>
            <numerusform>%n nieuwe klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: fix these problems in the file (or map the columns above), then import again. Nothing has been written.</source>
        <translation>Niet klaar: los deze problemen in het bestand op (of koppel de kolommen hierboven) en importeer daarna opnieuw. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been written.</source>
        <translation>Het bestand kon niet worden gelezen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it with nothing written.</source>
        <translation>Bezig met importeren… „Annuleren” stopt het zonder iets op te slaan.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importeren voltooid</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>%1 en %2 geïmporteerd uit %3.</translation>
    </message>
    <message>
        <source>Stopping the import; nothing will be written…</source>
        <translation>Import wordt gestopt; er wordt niets opgeslagen…</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Meldingen importeren</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-bestanden (*.csv);;Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Meldingen exporteren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporteren voltooid</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n melding geëxporteerd naar %1.</numerusform>
            <numerusform>%n meldingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
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
        <translation>Brief afdrukken</translation>
    </message>
    <message>
        <source>Letter for %1 – %2</source>
        <translation>Brief voor %1 – %2</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Opnieuw beginnen vanaf het sjabloon</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Sjabloon bewerken…</translation>
    </message>
    <message>
        <source>Change the wording every new letter of this kind starts from</source>
        <translation>De tekst wijzigen waarmee elke nieuwe brief van deze soort begint</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status van het voorbeeld</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brieftekst</translation>
    </message>
    <message>
        <source>Letter check warnings</source>
        <translation>Waarschuwingen van de briefcontrole</translation>
    </message>
    <message>
        <source>A first line “Subject: …” becomes the bold line above the letter; a blank line starts a new paragraph.</source>
        <translation>Een eerste regel „Onderwerp: …” wordt de vetgedrukte regel boven de brief; een lege regel begint een nieuwe alinea.</translation>
    </message>
    <message>
        <source>Letter check (advice only; nothing stops you printing):</source>
        <translation>Briefcontrole (alleen advies; u kunt gewoon afdrukken):</translation>
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
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Per e-mail…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to the customer with this letter as a PDF, and open it in your mail program</source>
        <translation>Een e-mailconcept aan de klant maken met deze brief als PDF en het openen in uw e-mailprogramma</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Voorbeeld bijwerken…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Throw away your changes to this letter and start again from the template?</source>
        <translation>Uw wijzigingen in deze brief weggooien en opnieuw beginnen vanaf het sjabloon?</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Geen waarschuwingen.</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>de bedrijfsnaam</translation>
    </message>
    <message>
        <source>the signature name</source>
        <translation>de naam voor de ondertekening</translation>
    </message>
    <message>
        <source>Not ready to send: a letter needs a sender. Set %1 in Settings &gt; Business profile.</source>
        <translation>Niet klaar om te versturen: een brief heeft een afzender nodig. Vul %1 in bij Instellingen &gt; Bedrijfsprofiel.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB</source>
        <translation>
            <numerusform>%n pagina, %1 kB</numerusform>
            <numerusform>%n pagina&apos;s, %1 kB</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Het voorbeeld kon niet worden getekend: %1</translation>
    </message>
    <message>
        <source>Printed and kept with case %1.</source>
        <translation>Afgedrukt en bewaard bij melding %1.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1 and kept with case %2.</source>
        <translation>Opgeslagen in %1 en bewaard bij melding %2.</translation>
    </message>
    <message>
        <source>Save e-mail draft</source>
        <translation>E-mailconcept opslaan</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-mailconcepten (*.eml)</translation>
    </message>
    <message>
        <source> The customer has no e-mail address: add one in the draft.</source>
        <translation> De klant heeft geen e-mailadres: vul er een in het concept in.</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program</source>
        <translation>E-mailconcept geopend in uw e-mailprogramma</translation>
    </message>
    <message>
        <source>E-mail draft saved to </source>
        <translation>E-mailconcept opgeslagen in </translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Briefsjablonen</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Tekst van het sjabloon</translation>
    </message>
    <message>
        <source>Placeholders filled from the case: %1. Paragraphs are separated by a blank line. A paragraph may offer other versions after a line holding only |; the first version whose placeholders all have a value is used, and a paragraph with none is left out. New drafts use the template; letters already drafted keep their text.</source>
        <translation>Plaatshouders die uit de melding worden ingevuld: %1. Alinea&apos;s worden gescheiden door een lege regel. Een alinea kan andere versies bieden na een regel met alleen |; de eerste versie waarvan alle plaatshouders een waarde hebben wordt gebruikt, en een alinea zonder zo&apos;n versie vervalt. Nieuwe concepten gebruiken het sjabloon; al opgestelde brieven houden hun tekst.</translation>
    </message>
    <message>
        <source>Restore the built-in wording</source>
        <translation>Ingebouwde tekst herstellen</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Uw eigen tekst</translation>
    </message>
    <message>
        <source>Built-in wording</source>
        <translation>Ingebouwde tekst</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>Sjabloon herstellen</translation>
    </message>
    <message>
        <source>Replace your wording with the built-in template for this kind of letter?</source>
        <translation>Uw tekst vervangen door het ingebouwde sjabloon voor deze soort brief?</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>%1 letter, %2 %3</source>
        <translation>Brief: %1, %2 op %3</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Opnieuw afdrukken…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Kopie van de brief opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
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
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Verstuurde brieven</translation>
    </message>
    <message>
        <source>No letters yet. Use the Letter button to write one.</source>
        <translation>Nog geen brieven. Gebruik de knop „Brief” om er een te schrijven.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Opnieuw afdrukken…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
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
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>K&amp;lanten</translation>
    </message>
    <message>
        <source>Case counts</source>
        <translation>Aantal meldingen</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Wie er werkt</translation>
    </message>
    <message>
        <source>Search cases: customer, summary, details, category, staff…</source>
        <translation>Meldingen zoeken: klant, samenvatting, details, categorie, medewerker…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Meldingen zoeken</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter op soort</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter op categorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filter op medewerker</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>Alleen te late meldingen tonen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Log a new case (Ctrl+N)</source>
        <translation>Nieuwe melding vastleggen (Ctrl+N)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from … to …</comment>
        <translation>tot</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date chosen</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuwe melding…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;shown cases…</source>
        <translation>&amp;Getoonde meldingen exporteren…</translation>
    </message>
    <message>
        <source>Case s&amp;heet PDF…</source>
        <translation>Meldings&amp;overzicht als PDF…</translation>
    </message>
    <message>
        <source>C&amp;hange person…</source>
        <translation>Persoon &amp;wisselen…</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>Gedeelde &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>Melding &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>Laatste opslag &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>Zaak &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Show only complaints past their targets</source>
        <translation>Alleen klachten tonen waarvan de termijn verstreken is</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Maandrapport…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Business profile…</source>
        <translation>&amp;Bedrijfsprofiel…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>&amp;Checklistsjablonen…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Gegevens…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>&amp;Over Goodwill</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Wijzigingen aan %1 opslaan voor het afsluiten?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen negeren</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Eerst de wijzigingen in %1 opslaan?</translation>
    </message>
    <message>
        <source>%1+ (loading)</source>
        <translation>%1+ (laden)</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>%1 getoond</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases  ·  %3 open  ·  %4 overdue</source>
        <translation>%1 van %2 meldingen getoond  ·  %3 open  ·  %4 te laat</translation>
    </message>
    <message>
        <source>%1 — shared: %2</source>
        <translation>%1 — gedeeld: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Werkplek: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff (desk)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>Werkt ook: %1</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Sla uw wijzigingen eerst op of draai ze terug.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>%1 %2
A customer-care desk for small businesses.

Database: %3</source>
        <translation>%1 %2
Klantenservice voor kleine bedrijven.

Database: %3</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Klanten samenvoegen</translation>
    </message>
    <message>
        <source>Find the other record of this customer</source>
        <translation>Het andere record van deze klant zoeken</translation>
    </message>
    <message>
        <source>Find the customer to merge</source>
        <translation>Klant zoeken om samen te voegen</translation>
    </message>
    <message>
        <source>Customers to merge</source>
        <translation>Samen te voegen klanten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merge another record into %1:</source>
        <translation>Een ander record samenvoegen met %1:</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 melding</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 meldingen</translation>
    </message>
    <message>
        <source>Stays: #%1 %2 (%3)</source>
        <translation>Blijft: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Merged in: pick a customer above</source>
        <translation>Wordt samengevoegd: kies hierboven een klant</translation>
    </message>
    <message>
        <source>Merged in: #%1 %2 (%3)</source>
        <translation>Wordt samengevoegd: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Every case of #%2 (%1) moves to #%3, with a note in each case&apos;s history; #%2 is then removed. Notes from both records are kept when “Stays” is chosen for notes.</source>
        <translation>Alle meldingen van #%2 (%1) gaan naar #%3, met een notitie in de geschiedenis van elke melding; daarna wordt #%2 verwijderd. De notities van beide records blijven behouden als bij de notities „Blijft” is gekozen.</translation>
    </message>
    <message>
        <source>Merge #%1 %2 into #%3 %4? This cannot be undone (a backup is made on quit).</source>
        <translation>#%1 %2 samenvoegen met #%3 %4? Dit kan niet ongedaan worden gemaakt (bij afsluiten wordt een back-up gemaakt).</translation>
    </message>
    <message>
        <source>Not merged: </source>
        <translation>Niet samengevoegd: </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Niet samengevoegd</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone to find or add</source>
        <translation>Naam, e-mail of telefoon: zoeken of toevoegen</translation>
    </message>
    <message>
        <source>Customer flag</source>
        <translation>Klantmarkering</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ka&amp;naal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategorie</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Ernst</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Samen&amp;vatting</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Wat er gebeurde, in één regel</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM; now unless you change it</source>
        <translation>JJJJ-MM-DD UU:MM; nu, tenzij u het wijzigt</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) with this name: pick one from the list, or save to add a new customer.</source>
        <translation>
            <numerusform>%n bestaande klant met deze naam: kies hem uit de lijst of sla op om een nieuwe klant toe te voegen.</numerusform>
            <numerusform>%n bestaande klanten met deze naam: kies er een uit de lijst of sla op om een nieuwe klant toe te voegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer.</source>
        <translation>Bestaande klant.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Niet opgeslagen: corrigeer de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Goodwill has not changed the file.</source>
        <translation>Goodwill heeft het bestand niet gewijzigd.</translation>
    </message>
    <message>
        <source>This database file is empty (0 bytes). A crash or a full disk may have cut it short.</source>
        <translation>Dit databasebestand is leeg (0 bytes). Een crash of een volle schijf heeft het mogelijk afgekapt.</translation>
    </message>
    <message>
        <source>This file is not a Goodwill database. Perhaps another file was chosen.</source>
        <translation>Dit bestand is geen Goodwill-database. Misschien is een ander bestand gekozen.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Goodwill database.</source>
        <translation>Dit bestand is de database van een ander programma, geen Goodwill-database.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Goodwill. Please update Goodwill to open it.</source>
        <translation>Deze database is opgeslagen door een nieuwere versie van Goodwill. Werk Goodwill bij om hem te openen.</translation>
    </message>
    <message>
        <source>This database is damaged and cannot be opened safely.</source>
        <translation>Deze database is beschadigd en kan niet veilig worden geopend.</translation>
    </message>
    <message>
        <source>Goodwill cannot write to this file or its folder (it is read-only, or you do not have permission).</source>
        <translation>Goodwill kan niet naar dit bestand of de map ervan schrijven (het is alleen-lezen of u hebt geen toestemming).</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup is from %1 (%n case(s)). Restoring it keeps this file as it is, moved into the backups folder.</source>
        <translation>
            <numerusform>De laatste goede back-up is van %1 (%n melding). Bij terugzetten blijft dit bestand zoals het is en wordt het naar de back-upmap verplaatst.</numerusform>
            <numerusform>De laatste goede back-up is van %1 (%n meldingen). Bij terugzetten blijft dit bestand zoals het is en wordt het naar de back-upmap verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Restore latest good backup</source>
        <translation>Laatste goede back-up terugzetten</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>De back-up is niet teruggezet: %1</translation>
    </message>
    <message>
        <source>Open a Goodwill database</source>
        <translation>Een Goodwill-database openen</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Goodwill-databases (*.db);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>OwnersGuide</name>
    <message>
        <source>Owner&apos;s guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The owner&apos;s guide is not in this installation (%1).</source>
        <translation>De handleiding ontbreekt in deze installatie (%1).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Letter preview</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Welkom bij Goodwill</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Bedrijfsprofiel</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>Bedrijfs&amp;naam</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Uw naam</translation>
    </message>
    <message>
        <source>Signs letters and approves remedies</source>
        <translation>Ondertekent brieven en keurt compensaties goed</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Uw &amp;functie</translation>
    </message>
    <message>
        <source>For example: Owner, Manager</source>
        <translation>Bijvoorbeeld: Eigenaar, Manager</translation>
    </message>
    <message>
        <source>Lan&amp;guage and formats</source>
        <translation>Taal en &amp;notaties</translation>
    </message>
    <message>
        <source>The language of the window and the letters, and how dates and amounts are written in your files, for example de_DE reads 7,20 and 03.10.2026</source>
        <translation>De taal van het venster en de brieven, en hoe datums en bedragen in uw bestanden staan; de_DE leest bijvoorbeeld 7,20 en 03.10.2026</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>3 letters: EUR, GBP, USD…</source>
        <translation>3 letters: EUR, GBP, USD…</translation>
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
        <translation>&amp;Papierformaat</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge within</source>
        <translation>Bevestigen &amp;binnen</translation>
    </message>
    <message>
        <source>A complaint not acknowledged within this time is overdue</source>
        <translation>Een klacht die niet binnen deze tijd bevestigd is, is te laat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Resolve within</source>
        <translation>&amp;Oplossen binnen</translation>
    </message>
    <message>
        <source>A complaint not resolved within this time is overdue</source>
        <translation>Een klacht die niet binnen deze tijd opgelost is, is te laat</translation>
    </message>
    <message>
        <source>Refund &amp;limit</source>
        <translation>Terugbetalings&amp;limiet</translation>
    </message>
    <message>
        <source>Remedies costing more than this need your approval; empty means no limit</source>
        <translation>Compensaties boven dit bedrag hebben uw goedkeuring nodig; leeg betekent geen limiet</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Een logo-afbeelding kiezen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logo (optioneel)</translation>
    </message>
    <message>
        <source>Welcome! Before you log your first case, tell Goodwill a little about your business. Your name and address go on the letters you print, and the targets below decide when a complaint counts as overdue. You can change all of this later under Settings &gt; Business profile.</source>
        <translation>Welkom! Vertel Goodwill iets over uw bedrijf voordat u uw eerste melding vastlegt. Uw naam en adres komen op de brieven die u afdrukt, en de termijnen hieronder bepalen wanneer een klacht te laat is. U kunt dit later allemaal wijzigen via Instellingen &gt; Bedrijfsprofiel.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 is not an image Goodwill can read</source>
        <translation>%1 is geen afbeelding die Goodwill kan lezen</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Niet opgeslagen: corrigeer de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Goodwill.</source>
        <translation>Het venster gebruikt de nieuwe taal wanneer u Goodwill de volgende keer start.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Goodwill: nothing due</source>
        <translation>Goodwill: niets te doen</translation>
    </message>
    <message numerus="yes">
        <source>Goodwill: %n due today</source>
        <translation>
            <numerusform>Goodwill: %n vandaag te doen</numerusform>
            <numerusform>Goodwill: %n vandaag te doen</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Opvolgen: %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Bevestigen vóór %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Oplossen vóór %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n openstaande herinnering</numerusform>
            <numerusform>%n openstaande herinneringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: </source>
        <translation>Herinnering: </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly service report</source>
        <translation>Maandelijks servicerapport</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Make the report again from the latest figures</source>
        <translation>Het rapport opnieuw maken met de nieuwste cijfers</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;opslaan…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status van het rapport</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n case(s))</source>
        <translation>
            <numerusform>%1  (%n melding)</numerusform>
            <numerusform>%1  (%n meldingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report for %1…</source>
        <translation>Rapport voor %1 wordt gemaakt…</translation>
    </message>
    <message>
        <source>The report for %1 could not be made.</source>
        <translation>Het rapport voor %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Maandrapport</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Het rapport kon niet worden gemaakt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n pagina.</numerusform>
            <numerusform>%1: %n pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service report %1</source>
        <translation>Servicerapport %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Maandrapport opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved to %1: %2</source>
        <translation>Het rapport is niet opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current database is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Kies de back-up waarnaar u wilt teruggaan. Eerst wordt van uw huidige database een back-up gemaakt, zodat ook een terugzetting via deze lijst ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Back-ups worden gelezen…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <source>Restore from a backup file kept somewhere else</source>
        <translation>Terugzetten uit een back-upbestand dat ergens anders staat</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n back-up in %1</numerusform>
            <numerusform>%n back-ups in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet. Goodwill makes one every day you use it and whenever you quit after changes.</source>
        <translation>Er zijn nog geen back-ups. Goodwill maakt er een op elke dag dat u het gebruikt en telkens wanneer u na wijzigingen afsluit.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message numerus="yes">
        <source>Go back to the backup of %1 (%n case(s))?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>Teruggaan naar de back-up van %1 (%n melding)?

Alles wat daarna is ingevoerd, is dan niet meer te zien. Eerst wordt van uw huidige database een back-up gemaakt, zodat u er via deze lijst naar kunt terugkeren.</numerusform>
            <numerusform>Teruggaan naar de back-up van %1 (%n meldingen)?

Alles wat daarna is ingevoerd, is dan niet meer te zien. Eerst wordt van uw huidige database een back-up gemaakt, zodat u er via deze lijst naar kunt terugkeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Terugzetten uit een back-upbestand</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Goodwill-databases (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore this file?</source>
        <translation>Dit bestand terugzetten?</translation>
    </message>
    <message>
        <source>Replace your database with %1?

Your current database is backed up first.</source>
        <translation>Uw database vervangen door %1?

Eerst wordt van uw huidige database een back-up gemaakt.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>De back-up is niet teruggezet: %1

Uw database is ongewijzigd.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>De database zoals hij was, is bewaard als %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message numerus="yes">
        <source>Your database now holds %n case(s) from the backup.</source>
        <translation>
            <numerusform>Uw database bevat nu %n melding uit de back-up.</numerusform>
            <numerusform>Uw database bevat nu %n meldingen uit de back-up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <source>Several computers can keep one log on a PostgreSQL server: every desk sees the same cases, and the lists refresh within seconds when another desk saves. Without a shared database, Goodwill keeps the log in a file on this computer.</source>
        <translation>Meerdere computers kunnen één logboek op een PostgreSQL-server bijhouden: elke werkplek ziet dezelfde zaken en de lijsten worden binnen enkele seconden bijgewerkt als een andere werkplek opslaat. Zonder gedeelde database houdt Goodwill het logboek bij in een bestand op deze computer.</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>PostgreSQL-adres</translation>
    </message>
    <message>
        <source>Password of the shared database</source>
        <translation>Wachtwoord van de gedeelde database</translation>
    </message>
    <message>
        <source>Leave empty to use a .pgpass file</source>
        <translation>Leeg laten om een .pgpass-bestand te gebruiken</translation>
    </message>
    <message>
        <source>Staff name on this desk</source>
        <translation>Naam van de medewerker op deze werkplek</translation>
    </message>
    <message>
        <source>Who works at this computer</source>
        <translation>Wie er op deze computer werkt</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <source>PostgreSQL address:</source>
        <translation>PostgreSQL-adres:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Staff name on this desk:</source>
        <translation>Naam van de medewerker op deze werkplek:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Nu geopend: %1</translation>
    </message>
    <message>
        <source>The address is kept in this computer&apos;s settings for your user; its password goes to the system keyring (or, where there is none, a file only you can read), never into the settings. You may leave the password out of the address and keep it in a .pgpass file instead. A change of database takes effect the next time Goodwill starts.</source>
        <translation>Het adres wordt in de instellingen van deze computer voor uw gebruiker bewaard; het wachtwoord gaat naar de sleutelbos van het systeem (of, waar die ontbreekt, naar een bestand dat alleen u kunt lezen), nooit naar de instellingen. U kunt het wachtwoord ook weglaten en in een .pgpass-bestand zetten. Een andere database geldt vanaf de volgende start van Goodwill.</translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation>Gedeelde database gebruiken</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Het bestand op deze computer gebruiken</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>A shared database address starts with postgresql:// (for example postgresql://user:password@host/dbname).</source>
        <translation>Het adres van een gedeelde database begint met postgresql:// (bijvoorbeeld postgresql://gebruiker:wachtwoord@server/database).</translation>
    </message>
    <message>
        <source>Goodwill opens the shared database %1 the next time it starts.</source>
        <translation>Goodwill opent de gedeelde database %1 de volgende keer dat het start.</translation>
    </message>
    <message>
        <source>Goodwill opens the file on this computer the next time it starts. The shared log stays on its server for the other desks.</source>
        <translation>Goodwill opent de volgende keer dat het start het bestand op deze computer. Het gedeelde logboek blijft op zijn server voor de andere werkplekken.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>medewerker</translation>
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
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Deleted cases are kept here for %1 days, then erased for good.</source>
        <translation>Verwijderde zaken blijven hier %1 dagen en worden daarna definitief gewist.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Gewist op</translation>
    </message>
    <message>
        <source>Deleted cases</source>
        <translation>Verwijderde zaken</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Definitief verwijderen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Erase %1 for good, with its history, checklists, letters and files? This cannot be undone.</source>
        <translation>%1 definitief wissen, met geschiedenis, checklists, brieven en bestanden? Dit kan niet ongedaan worden.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Welkom bij Goodwill</translation>
    </message>
    <message>
        <source>Every complaint, compliment, question and request your customers bring you, in one place on this computer. Log what just happened at the counter or on the phone, work each complaint through to a happy customer, and print a proper letter or a month-end report when you need one.</source>
        <translation>Elke klacht, elk compliment, elke vraag en elk verzoek van uw klanten op één plek op deze computer. Leg vast wat er net aan de balie of aan de telefoon gebeurde, werk elke klacht af tot de klant tevreden is, en druk een nette brief of een maandrapport af wanneer u die nodig hebt.</translation>
    </message>
    <message>
        <source>Log your first case</source>
        <translation>Uw eerste melding vastleggen</translation>
    </message>
    <message>
        <source>Ctrl+N at any time</source>
        <translation>Altijd met Ctrl+N</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Spreadsheet importeren…</translation>
    </message>
    <message>
        <source>Bring in cases from a CSV file or an Excel or LibreOffice sheet</source>
        <translation>Meldingen overnemen uit een CSV-bestand of een Excel- of LibreOffice-werkblad</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>Six months of a small café&apos;s cases, to look around first</source>
        <translation>Zes maanden meldingen van een klein café, om eerst rond te kijken</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Voorbeeldgegevens niet geladen</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Voorbeeldgegevens geladen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n case(s) from a small café. Have a look around.</source>
        <translation>
            <numerusform>%n melding van een klein café toegevoegd. Kijk gerust rond.</numerusform>
            <numerusform>%n meldingen van een klein café toegevoegd. Kijk gerust rond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
</context>
</TS>

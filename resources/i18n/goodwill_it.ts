<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Age</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>months</comment>
        <translation>%1 mesi</translation>
    </message>
    <message>
        <source>%1 y</source>
        <comment>years</comment>
        <translation>%1 a</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Goodwill cannot work on this database: the folder it is in cannot be written to (%2).
%1</source>
        <translation>Goodwill non può lavorare su questo database: non è possibile scrivere nella sua cartella (%2).
%1</translation>
    </message>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>Goodwill è già aperto su questo database:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Usa il file su questo computer</translation>
    </message>
    <message>
        <source>a network drive (%1)</source>
        <translation>un&apos;unità di rete (%1)</translation>
    </message>
    <message>
        <source>a folder that syncs to the cloud (%1)</source>
        <translation>una cartella sincronizzata con il cloud (%1)</translation>
    </message>
    <message>
        <source>This database is in a shared folder</source>
        <translation>Questo database è in una cartella condivisa</translation>
    </message>
    <message>
        <source>%1 is on %2.

A Goodwill file there can be damaged when two computers use it at once, or when the folder syncs while Goodwill is writing. To work on one log from several computers, use File &gt; Shared database… (PostgreSQL) instead; to keep this file safe, move it to a folder on this computer.</source>
        <translation>%1 si trova su %2.

Un file di Goodwill può danneggiarsi lì quando due computer lo usano insieme, o quando la cartella si sincronizza mentre Goodwill scrive. Per lavorare su un unico registro da più computer, usa File &gt; Database condiviso… (PostgreSQL); per proteggere questo file, spostalo in una cartella di questo computer.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nothing was saved: choose who is at the desk first (File &gt; Change person…).</source>
        <translation>Non è stato salvato nulla: scegli prima chi c&apos;è alla postazione (File &gt; Cambia persona…).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Si è verificato un errore</translation>
    </message>
</context>
<context>
    <name>ApprovalsNotifier</name>
    <message numerus="yes">
        <source>%n new for you to decide or take over</source>
        <translation>
            <numerusform>%n novità da decidere o prendere in carico</numerusform>
            <numerusform>%n novità da decidere o prendere in carico</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: awaiting your approval</source>
        <translation>%1: attende la tua approvazione</translation>
    </message>
    <message>
        <source>%1: referred to you</source>
        <translation>%1: passato a te</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Waiting on you</source>
        <translation>Ti aspetta</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Approve or decline: %1 of %2 %3</source>
        <translation>Approva o rifiuta: %1 di %2 %3</translation>
    </message>
    <message>
        <source>Referred to you: %1</source>
        <translation>Passato a te: %1</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>Passato a te</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy(s) awaiting your approval</source>
        <translation>
            <numerusform>%n rimedio attende la tua approvazione</numerusform>
            <numerusform>%n rimedi attendono la tua approvazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) referred to you</source>
        <translation>
            <numerusform>%n caso passato a te</numerusform>
            <numerusform>%n casi passati a te</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this case</source>
        <translation>File conservati con questo caso</translation>
    </message>
    <message>
        <source>Drop photos or files here, paste an image (Ctrl+V), or use Add file…. Up to 20 MB a file.</source>
        <translation>Trascina qui foto o file, incolla un&apos;immagine (Ctrl+V) o usa «Aggiungi file…». Fino a 20 MB per file.</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Messaggio sui file</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salva una copia…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Aggiungi file al caso</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Aggiunta in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>Aggiunto %n file.</numerusform>
            <numerusform>Aggiunti %n file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Non aggiunto: </translation>
    </message>
    <message>
        <source>the clipboard holds no image or file</source>
        <translation>gli appunti non contengono immagini né file</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <source>No program is set up to open </source>
        <translation>Nessun programma è configurato per aprire </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Rimuovi file</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from this case? The case history keeps a note.</source>
        <translation>
            <numerusform>Rimuovere %n file da questo caso? La cronologia del caso ne conserva una nota.</numerusform>
            <numerusform>Rimuovere %n file da questo caso? La cronologia del caso ne conserva una nota.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>giornaliero</translation>
    </message>
    <message>
        <source>on quit</source>
        <translation>all&apos;uscita</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuale</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>prima di un&apos;importazione</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>file danneggiato messo da parte</translation>
    </message>
</context>
<context>
    <name>CaseAuthority</name>
    <message>
        <source>Remedy approval</source>
        <translation>Approvazione del rimedio</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Approve the remedy</source>
        <translation>Approva il rimedio</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Rifiuta…</translation>
    </message>
    <message>
        <source>Decline the remedy, with a reason</source>
        <translation>Rifiuta il rimedio, con un motivo</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnato a</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Passa a…</translation>
    </message>
    <message>
        <source>Hand the case to a manager or the owner, with a note</source>
        <translation>Passa il caso a un responsabile o al titolare, con una nota</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assegna a…</translation>
    </message>
    <message>
        <source>Make a person responsible for this case</source>
        <translation>Rendi una persona responsabile di questo caso</translation>
    </message>
    <message>
        <source>Awaiting approval by a manager or the owner: %1</source>
        <translation>In attesa di approvazione da un responsabile o dal titolare: %1</translation>
    </message>
    <message>
        <source>Given over the limit: %1. For the owner&apos;s review.</source>
        <translation>Concesso oltre il limite: %1. Da verificare dal titolare.</translation>
    </message>
    <message>
        <source>%1 approved by %2 at %3</source>
        <translation>%1 approvato da %2 il %3</translation>
    </message>
    <message>
        <source>Declined by %1 at %2</source>
        <translation>Rifiutato da %1 il %2</translation>
    </message>
    <message>
        <source>%1 granted</source>
        <translation>%1 concesso</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assegnato a %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <comment>remedy of amount currency</comment>
        <translation>%1 di %2 %3</translation>
    </message>
    <message>
        <source>Remedy not recorded</source>
        <translation>Rimedio non registrato</translation>
    </message>
    <message>
        <source>The remedy is above your limit: it is recorded as a request awaiting approval by a manager or the owner.</source>
        <translation>Il rimedio supera il tuo limite: è registrato come richiesta in attesa di approvazione da un responsabile o dal titolare.</translation>
    </message>
    <message>
        <source>Recorded as given above your limit, and flagged for the owner&apos;s review.</source>
        <translation>Registrato come concesso oltre il tuo limite e segnalato al titolare per la verifica.</translation>
    </message>
    <message>
        <source>Remedy granted.</source>
        <translation>Rimedio concesso.</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Lettera non scritta</translation>
    </message>
    <message>
        <source>This letter would promise the remedy, which awaits approval by a manager or the owner. It can be written once the remedy is approved or declined.</source>
        <translation>Questa lettera prometterebbe il rimedio, che attende l&apos;approvazione di un responsabile o del titolare. Potrà essere scritta quando sarà approvato o rifiutato.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Motivo (facoltativo):</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Why is the remedy declined? The person who asked is told.</source>
        <translation>Perché il rimedio è rifiutato? La persona che l&apos;ha chiesto viene informata.</translation>
    </message>
    <message>
        <source>There is no manager or owner to refer the case to.</source>
        <translation>Non c&apos;è nessun responsabile né titolare a cui passare il caso.</translation>
    </message>
    <message>
        <source>Who should take over this case?</source>
        <translation>Chi deve prendere in carico questo caso?</translation>
    </message>
    <message>
        <source>A note for %1 (what the customer wants, what was said):</source>
        <translation>Una nota per %1 (cosa vuole il cliente, cosa è stato detto):</translation>
    </message>
    <message>
        <source>Who is responsible for this case?</source>
        <translation>Chi è responsabile di questo caso?</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Ref</source>
        <translation>Rif.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Addetto</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
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
        <translation>Scaduto: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected</source>
        <translation>Nessun caso selezionato</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Approve remedy over the refund limit</source>
        <translation>Approva il rimedio oltre il limite di rimborso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Salva le modifiche (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>Ripristina i valori salvati</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendi in carico</translation>
    </message>
    <message>
        <source>Stamp the acknowledged time with now</source>
        <translation>Registra la presa in carico con l&apos;ora attuale</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <source>Stamp the resolved time with now and mark it resolved</source>
        <translation>Registra l&apos;ora di risoluzione e segna come risolto</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Scrivi una lettera</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>letter kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>File (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Addetto</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Preso in carico</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto il</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Remedy cost</source>
        <translation>Costo del rimedio</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non nota</translation>
    </message>
    <message>
        <source>Customer returned</source>
        <translation>Cliente tornato</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>In corso di verifica</translation>
    </message>
    <message>
        <source>Found: our fault</source>
        <translation>Esito: colpa nostra</translation>
    </message>
    <message>
        <source>Found: not our fault</source>
        <translation>Esito: non è colpa nostra</translation>
    </message>
    <message>
        <source>What happened, for letters</source>
        <translation>L&apos;accaduto (per le lettere)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa principale</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione appresa</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Chiuso perché</translation>
    </message>
    <message>
        <source>%1 from &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</source>
        <translation>%1 da &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Needs approval (over your refund limit of %1 %2)</source>
        <translation>Richiede approvazione (oltre il limite di rimborso di %1 %2)</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <translation>Approvato da %1 %2</translation>
    </message>
    <message>
        <source>acknowledge by %1</source>
        <translation>prendere in carico entro %1</translation>
    </message>
    <message>
        <source>resolve by %1</source>
        <translation>risolvere entro %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Scaduto: %1</translation>
    </message>
    <message>
        <source>None (not a complaint)</source>
        <translation>Nessuna (non è un reclamo)</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed now: the search or filters leave it out. Your unsaved changes to it are still here.</source>
        <translation>%1 non è tra i casi elencati ora: la ricerca o i filtri lo escludono. Le modifiche non salvate sono ancora qui.</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed</source>
        <translation>%1 non è tra i casi elencati</translation>
    </message>
    <message>
        <source>The search or filters leave it out. Clear them to see it again.</source>
        <translation>La ricerca o i filtri lo escludono. Cancellali per rivederlo.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non salvato: correggi i campi evidenziati in rosso.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Chiudere comunque?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why close anyway?</source>
        <translation>Questi passaggi obbligatori non sono completati:
%1

Perché chiudere comunque?</translation>
    </message>
    <message>
        <source>Not closed: the required steps are not done.</source>
        <translation>Non chiuso: i passaggi obbligatori non sono completati.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>nothing shown here</source>
        <translation>nulla di ciò che è mostrato qui</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Modificato su un&apos;altra postazione</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Nothing was saved yet.

Changed there: %2
Your changes: %3

Keep your changes (they replace the other desk&apos;s for these fields), or take the other desk&apos;s version (your changes here are discarded)?</source>
        <translation>%1 è stato modificato su un&apos;altra postazione da quando l&apos;hai aperto. Non è ancora stato salvato nulla.

Modificato lì: %2
Le tue modifiche: %3

Tenere le tue modifiche (sostituiscono quelle dell&apos;altra postazione per questi campi) o prendere la versione dell&apos;altra postazione (le tue modifiche qui vengono scartate)?</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Tieni le mie modifiche</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi la loro versione</translation>
    </message>
    <message>
        <source>Showing the case as the other desk saved it.</source>
        <translation>Il caso è mostrato come l&apos;ha salvato l&apos;altra postazione.</translation>
    </message>
    <message>
        <source>Not saved: the case was changed on another desk.</source>
        <translation>Non salvato: il caso è stato modificato su un&apos;altra postazione.</translation>
    </message>
    <message>
        <source>Resolve anyway?</source>
        <translation>Risolvere comunque?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why resolve anyway?</source>
        <translation>Questi passaggi obbligatori non sono completati:
%1

Perché risolvere comunque?</translation>
    </message>
    <message>
        <source>Not resolved: the required steps are not done.</source>
        <translation>Non risolto: i passaggi obbligatori non sono completati.</translation>
    </message>
    <message>
        <source>Who approves this remedy?</source>
        <translation>Chi approva questo rimedio?</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Avanzamento della checklist</translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation>Checklist da avviare</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Avvia checklist</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modelli…</translation>
    </message>
    <message>
        <source>Add your own checklists or copy a built-in one</source>
        <translation>Aggiungi checklist personali o copia una predefinita</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Rimuovi la checklist</translation>
    </message>
    <message>
        <source>Take off the selected checklist started by mistake</source>
        <translation>Rimuovi la checklist selezionata, avviata per errore</translation>
    </message>
    <message>
        <source>Ticking as</source>
        <translation>Spunta come</translation>
    </message>
    <message>
        <source>Whose name goes on the steps you tick</source>
        <translation>Il nome registrato sui passaggi spuntati</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Passaggi della checklist</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Nota sul passaggio</translation>
    </message>
    <message>
        <source>A short note on this step</source>
        <translation>Una breve nota su questo passaggio</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data di follow-up</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>Cancella la data di follow-up</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>Ticking as:</source>
        <translation>Spunta come:</translation>
    </message>
    <message>
        <source>Bold steps must be done before closing. Hover over a step for advice.</source>
        <translation>I passaggi in grassetto vanno completati prima della chiusura. Passa il mouse su un passaggio per un consiglio.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggerita)</translation>
    </message>
    <message>
        <source>%1 (already started)</source>
        <translation>%1 (già avviata)</translation>
    </message>
    <message>
        <source>Suggested checklist:</source>
        <translation>Checklist suggerita:</translation>
    </message>
    <message>
        <source>Add a checklist:</source>
        <translation>Aggiungi una checklist:</translation>
    </message>
    <message>
        <source>When to use: %1</source>
        <translation>Quando usarla: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 di %3 completati</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>Avviata il %1 da %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>Follow-up due since %1</source>
        <translation>Follow-up scaduto dal %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Follow-up entro il %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Required before the case can be closed.</source>
        <translation>Obbligatorio prima di poter chiudere il caso.</translation>
    </message>
    <message>
        <source>required, done</source>
        <translation>obbligatorio, completato</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obbligatorio</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>da fare</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Passaggio %1, %2: %3</translation>
    </message>
    <message>
        <source>No checklist yet. Start the suggested one, or choose another.</source>
        <translation>Nessuna checklist ancora. Avvia quella suggerita o scegline un&apos;altra.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 di %2 passaggi completati.</translation>
    </message>
    <message numerus="yes">
        <source>%n required step(s) still to do.</source>
        <translation>
            <numerusform>Resta %n passaggio obbligatorio da completare.</numerusform>
            <numerusform>Restano %n passaggi obbligatori da completare.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required steps are done.</source>
        <translation>Tutti i passaggi obbligatori sono completati.</translation>
    </message>
    <message>
        <source>Select a step to add a note or a follow-up date.</source>
        <translation>Seleziona un passaggio per aggiungere una nota o una data di follow-up.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Change the severity?</source>
        <translation>Cambiare la gravità?</translation>
    </message>
    <message>
        <source>This checklist suggests severity %1 (now %2). Change it?</source>
        <translation>Questa checklist suggerisce la gravità %1 (ora %2). Cambiarla?</translation>
    </message>
    <message>
        <source>Remove the checklist “%1” from %2, with its ticks, notes and follow-ups?</source>
        <translation>Rimuovere la checklist «%1» da %2, con spunte, note e solleciti?</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Modelli di checklist</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Crea una tua copia modificabile di questo modello</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome del modello</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Quando usarla</translation>
    </message>
    <message>
        <source>The kind of case this checklist is for</source>
        <translation>Il tipo di caso a cui serve questa checklist</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Advice (shown on hover)</source>
        <translation>Consiglio (al passaggio)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <source>Follow up after (days)</source>
        <translation>Follow-up dopo (giorni)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Aggiungi passaggio</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Rimuovi passaggio</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salva modello</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>%1  (built-in)</source>
        <translation>%1  (predefinita)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>Le modifiche a «%1» non sono salvate. Scartarle?</translation>
    </message>
    <message>
        <source>This is a built-in checklist and cannot be changed. Press &lt;b&gt;Copy&lt;/b&gt; to make your own version of it.</source>
        <translation>Questa è una checklist predefinita e non si può modificare. Premi &lt;b&gt;Copia&lt;/b&gt; per crearne una tua versione.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Based on: %1</source>
        <translation>&lt;br&gt;Basata su: %1</translation>
    </message>
    <message>
        <source>Your own checklist. Changes apply to checklists started from now on; cases keep the steps they started with.</source>
        <translation>La tua checklist. Le modifiche valgono per le checklist avviate da ora in poi; i casi mantengono i passaggi con cui sono partiti.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Eliminare il modello?</translation>
    </message>
    <message>
        <source>Delete “%1”? Cases that use it keep their own copy of the steps.</source>
        <translation>Eliminare «%1»? I casi che la usano conservano la propria copia dei passaggi.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Find a customer by name, e-mail or phone</source>
        <translation>Cerca un cliente per nome, e-mail o telefono</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Customer summary</source>
        <translation>Riepilogo del cliente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Avviso</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Lingua delle lettere</translation>
    </message>
    <message>
        <source>Shown whenever a case is logged for them, e.g. &apos;refer to the owner&apos;</source>
        <translation>Compare ogni volta che si registra un suo caso, ad es. «rivolgersi al titolare»</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Salva cliente</translation>
    </message>
    <message>
        <source>New case for this customer</source>
        <translation>Nuovo caso per questo cliente</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Unisci con…</translation>
    </message>
    <message>
        <source>Another record of the same customer: move its cases here and keep the values you choose</source>
        <translation>Un&apos;altra scheda dello stesso cliente: sposta qui i suoi casi e mantieni i valori che scegli</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Esporta i suoi dati…</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Cancella questo cliente…</translation>
    </message>
    <message>
        <source>This customer&apos;s cases</source>
        <translation>Casi di questo cliente</translation>
    </message>
    <message>
        <source>Cases (double-click to open):</source>
        <translation>Casi (doppio clic per aprire):</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Nessun cliente selezionato</translation>
    </message>
    <message>
        <source>%1  (erased)</source>
        <translation>%1  (cancellato)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>%1, %2, remedies paid %3 %4, last visit %5</source>
        <translation>%1, %2, rimedi pagati %3 %4, ultima visita %5</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reclamo</numerusform>
            <numerusform>%n reclami</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non salvato: correggi i campi evidenziati in rosso.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n case(s) moved here.</source>
        <translation>
            <numerusform>Unione completata: %n caso spostato qui.</numerusform>
            <numerusform>Unione completata: %n casi spostati qui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Esporta i dati di questo cliente</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>File ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non esportato</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Esportato</translation>
    </message>
    <message>
        <source>The data of %1 was saved to %2.</source>
        <translation>I dati di %1 sono stati salvati in %2.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Cancellare questo cliente?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from this database? This cannot be undone.</source>
        <translation>Cancellare i dati personali di %1 da questo database? L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Non cancellato</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dimensione:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Ultimo backup:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Cartella dei backup:</translation>
    </message>
    <message>
        <source>Goodwill backs up this database every day you use it, before imports, upgrades and restores, and when you quit after changes. It keeps every backup of the last 2 days, then one a day for 2 weeks, one a week for 2 months and one a month for a year. Erasing a customer does not change backups made before it; they rotate out within a year.</source>
        <translation>Goodwill esegue il backup di questo database ogni giorno in cui lo usi, prima di importazioni, aggiornamenti e ripristini, e quando esci dopo aver fatto modifiche. Conserva tutti i backup degli ultimi 2 giorni, poi uno al giorno per 2 settimane, uno a settimana per 2 mesi e uno al mese per un anno. Cancellare un cliente non modifica i backup precedenti; vengono eliminati entro un anno.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Apri la cartella dei backup</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Database condiviso…</translation>
    </message>
    <message>
        <source>One log on a PostgreSQL server for several computers; this desk&apos;s staff name</source>
        <translation>Un registro su un server PostgreSQL per più computer; il nome del personale di questa postazione</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>condiviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n caso</numerusform>
            <numerusform>%1, %n casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3); %n kept</source>
        <translation>
            <numerusform>%1 (%2, %3); %n conservato</numerusform>
            <numerusform>%1 (%2, %3); %n conservati</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Non è stato possibile eseguire il backup: %1</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <source>acknowledged ({stamp}) before it occurred ({occurred})</source>
        <translation>confermato ({stamp}) prima che accadesse ({occurred})</translation>
    </message>
    <message>
        <source>resolved ({stamp}) before it occurred ({occurred})</source>
        <translation>risolto ({stamp}) prima che accadesse ({occurred})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601)</source>
        <translation>«{value}» non è una data (usare AAAA-MM-GG, AAAA-MM-GG HH:MM o ISO 8601)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601, or as {locale} writes it: {example})</source>
        <translation>«{value}» non è una data (usare AAAA-MM-GG, AAAA-MM-GG HH:MM, ISO 8601 o come scrive {locale}: {example})</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>This evening (17:00)</source>
        <translation>Stasera (17:00)</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Domani 9:00</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La settimana prossima</translation>
    </message>
</context>
<context>
    <name>DeskPicker</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Chi c&apos;è alla postazione?</translation>
    </message>
    <message>
        <source>Changes, ticks, letters and approvals made here are recorded under your name.</source>
        <translation>Le modifiche, i passi spuntati, le lettere e le approvazioni fatti qui sono registrati a tuo nome.</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>Persona alla postazione</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Il tuo PIN</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Nessun PIN impostato</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet.</source>
        <translation>Non c&apos;è ancora nessuno nell&apos;elenco del personale.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>PIN errato per %1. Riprova.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;My cases</source>
        <translation>I &amp;miei casi</translation>
    </message>
    <message>
        <source>Show only cases assigned to me</source>
        <translation>Mostra solo i casi assegnati a me</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Cambia persona</translation>
    </message>
    <message>
        <source>Change the person at the desk</source>
        <translation>Cambia la persona alla postazione</translation>
    </message>
    <message>
        <source>This business keeps no staff records, so changes are recorded under the owner&apos;s name. Add people with `goodwill staff add` (docs/staff-and-authority.md).</source>
        <translation>Questa attività non tiene un elenco del personale, quindi le modifiche sono registrate a nome del titolare. Aggiungi persone con `goodwill staff add` (docs/staff-and-authority.md).</translation>
    </message>
    <message>
        <source>nobody (changes are refused)</source>
        <translation>nessuno (le modifiche sono rifiutate)</translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>In scadenza oggi</translation>
    </message>
    <message>
        <source>Due today summary</source>
        <translation>Riepilogo delle scadenze di oggi</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Apri caso</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue since %1</source>
        <translation>
            <numerusform>%n altro in ritardo da %1</numerusform>
            <numerusform>altri %n in ritardo da %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them</source>
        <translation>Fate clic per mostrarli</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n caso in ritardo</numerusform>
            <numerusform>%n casi in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due later today</source>
        <translation>
            <numerusform>altro %n in scadenza oggi</numerusform>
            <numerusform>altri %n in scadenza oggi</numerusform>
        </translation>
    </message>
    <message>
        <source> (snoozed until %1)</source>
        <translation> (posticipato al %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Scadenza %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendi in carico</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>entro le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n giorno di ritardo</numerusform>
            <numerusform>%n giorni di ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n ora di ritardo</numerusform>
            <numerusform>%n ore di ritardo</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>in scadenza ora</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nessuna scadenza oggi.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Complimento</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critica</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Omaggio</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Solo scuse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Scuse</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Ringraziamento</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Conferma di ricezione</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Stampata</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Inviata per e-mail</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvata</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>ripristinato</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>spostato nel cestino</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>nel cestino</translation>
    </message>
    <message>
        <source>checklist started</source>
        <translation>checklist avviata</translation>
    </message>
    <message>
        <source>checklist removed</source>
        <translation>checklist rimossa</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>passo fatto</translation>
    </message>
    <message>
        <source>step undone</source>
        <translation>passo annullato</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettera</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>allegato aggiunto</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>allegato rimosso</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>cancellato</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>rimedio</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approvazione</translation>
    </message>
    <message>
        <source>step %1 note</source>
        <translation>nota del passo %1</translation>
    </message>
    <message>
        <source>step %1 follow-up</source>
        <translation>follow-up del passo %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail del cliente</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefono del cliente</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Indirizzo del cliente</translation>
    </message>
    <message>
        <source>Kind (complaint, compliment…)</source>
        <translation>Tipo (reclamo, elogio…)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Confermato il</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Risolto il</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Cost of the remedy</source>
        <translation>Costo del rimedio</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Soddisfazione (1-5)</translation>
    </message>
    <message>
        <source>Customer came back</source>
        <translation>Il cliente è tornato</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa principale</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lezione appresa</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numero cliente</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Lingua del cliente</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <source>Check that each column of your file lands in the right Goodwill column. Columns set to “Leave out” are not imported. Nothing is written until you press Import.</source>
        <translation>Controlla che ogni colonna del tuo file finisca nella colonna giusta di Goodwill. Le colonne impostate su «Escludi» non vengono importate. Non viene salvato nulla finché non premi «Importa».</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Foglio:</translation>
    </message>
    <message>
        <source>The first rows as Goodwill reads them</source>
        <translation>Le prime righe come le legge Goodwill</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi rilevati</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Escludi</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Controllo di tutte le righe del file…</translation>
    </message>
    <message>
        <source>Which date is meant?</source>
        <translation>Quale data si intende?</translation>
    </message>
    <message>
        <source>Line %1 of the file has the date %2, which reads two ways, and no other date in the file tells which. How does the file write dates?</source>
        <translation>La riga %1 del file contiene la data %2, che si legge in due modi, e nessun&apos;altra data del file dice quale. Come scrive le date il file?</translation>
    </message>
    <message>
        <source>%1 (the day first)</source>
        <translation>%1 (prima il giorno)</translation>
    </message>
    <message>
        <source>%1 (the month first)</source>
        <translation>%1 (prima il mese)</translation>
    </message>
    <message>
        <source>Ready: importing adds %1 and %2.</source>
        <translation>Pronto: l&apos;importazione aggiungerà %1 e %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n nuovo cliente</numerusform>
            <numerusform>%n nuovi clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: fix these problems in the file (or map the columns above), then import again. Nothing has been written.</source>
        <translation>Non pronto: correggi questi problemi nel file (o abbina le colonne qui sopra), poi ripeti l&apos;importazione. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been written.</source>
        <translation>Non è stato possibile leggere il file. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it with nothing written.</source>
        <translation>Importazione in corso… «Annulla» la interrompe senza salvare nulla.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>Importati %1 e %2 da %3.</translation>
    </message>
    <message>
        <source>Stopping the import; nothing will be written…</source>
        <translation>Interruzione dell&apos;importazione; non verrà salvato nulla…</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importa casi</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>File CSV (*.csv);;Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Esporta casi</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Esportazione completata</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Esportato %n caso in %1.</numerusform>
            <numerusform>Esportati %n casi in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
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
        <translation>Letter USA</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Stampa lettera</translation>
    </message>
    <message>
        <source>Letter for %1 – %2</source>
        <translation>Lettera per %1 – %2</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo di lettera</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Lingua della lettera</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Ricomincia dal modello</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Modifica modello…</translation>
    </message>
    <message>
        <source>Change the wording every new letter of this kind starts from</source>
        <translation>Modifica il testo di partenza di ogni nuova lettera di questo tipo</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Stato dell&apos;anteprima</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Testo della lettera</translation>
    </message>
    <message>
        <source>Letter check warnings</source>
        <translation>Avvisi del controllo</translation>
    </message>
    <message>
        <source>A first line “Subject: …” becomes the bold line above the letter; a blank line starts a new paragraph.</source>
        <translation>Una prima riga «Oggetto: …» diventa la riga in grassetto sopra la lettera; una riga vuota inizia un nuovo paragrafo.</translation>
    </message>
    <message>
        <source>Letter check (advice only; nothing stops you printing):</source>
        <translation>Controllo della lettera (solo consigli; puoi comunque stampare):</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Lettera:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Via e-mail…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to the customer with this letter as a PDF, and open it in your mail program</source>
        <translation>Crea una bozza di e-mail per il cliente con questa lettera in PDF e aprila nel tuo programma di posta</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Aggiornamento dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Throw away your changes to this letter and start again from the template?</source>
        <translation>Scartare le modifiche a questa lettera e ricominciare dal modello?</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Nessun avviso.</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>il nome dell&apos;azienda</translation>
    </message>
    <message>
        <source>the signature name</source>
        <translation>il nome del firmatario</translation>
    </message>
    <message>
        <source>Not ready to send: a letter needs a sender. Set %1 in Settings &gt; Business profile.</source>
        <translation>Non pronta per l&apos;invio: una lettera ha bisogno di un mittente. Indichi %1 in Impostazioni &gt; Profilo aziendale.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB</source>
        <translation>
            <numerusform>%n pagina, %1 KB</numerusform>
            <numerusform>%n pagine, %1 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Non è stato possibile creare l&apos;anteprima: %1</translation>
    </message>
    <message>
        <source>Printed and kept with case %1.</source>
        <translation>Stampata e conservata con il caso %1.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Salva la lettera come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1 and kept with case %2.</source>
        <translation>Salvata in %1 e conservata con il caso %2.</translation>
    </message>
    <message>
        <source>Save e-mail draft</source>
        <translation>Salva bozza di e-mail</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Bozze di e-mail (*.eml)</translation>
    </message>
    <message>
        <source> The customer has no e-mail address: add one in the draft.</source>
        <translation> Il cliente non ha un indirizzo e-mail: aggiungilo nella bozza.</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program</source>
        <translation>Bozza di e-mail aperta nel tuo programma di posta</translation>
    </message>
    <message>
        <source>E-mail draft saved to </source>
        <translation>Bozza di e-mail salvata in </translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Modelli di lettera</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo di lettera</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Testo del modello</translation>
    </message>
    <message>
        <source>Placeholders filled from the case: %1. Paragraphs are separated by a blank line. A paragraph may offer other versions after a line holding only |; the first version whose placeholders all have a value is used, and a paragraph with none is left out. New drafts use the template; letters already drafted keep their text.</source>
        <translation>Segnaposto compilati dal caso: %1. I paragrafi sono separati da una riga vuota. Un paragrafo può offrire altre versioni dopo una riga che contiene solo |; si usa la prima versione i cui segnaposto hanno tutti un valore, e un paragrafo senza versioni valide viene omesso. Le nuove bozze usano il modello; le lettere già scritte mantengono il loro testo.</translation>
    </message>
    <message>
        <source>Restore the built-in wording</source>
        <translation>Ripristina il testo predefinito</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Lettera:</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Il tuo testo</translation>
    </message>
    <message>
        <source>Built-in wording</source>
        <translation>Testo predefinito</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modello non salvato</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>Ripristina modello</translation>
    </message>
    <message>
        <source>Replace your wording with the built-in template for this kind of letter?</source>
        <translation>Sostituire il tuo testo con il modello predefinito per questo tipo di lettera?</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>%1 letter, %2 %3</source>
        <translation>Lettera: %1, %2 il %3</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Ristampa…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salva una copia…</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Salva una copia della lettera</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Lettere inviate</translation>
    </message>
    <message>
        <source>No letters yet. Use the Letter button to write one.</source>
        <translation>Ancora nessuna lettera. Usa il pulsante «Lettera» per scriverne una.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Ristampa…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salva una copia…</translation>
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
        <translation>&amp;Casi</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>C&amp;lienti</translation>
    </message>
    <message>
        <source>Case counts</source>
        <translation>Numero di casi</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Chi sta lavorando</translation>
    </message>
    <message>
        <source>Search cases: customer, summary, details, category, staff…</source>
        <translation>Cerca casi: cliente, riepilogo, dettagli, categoria, addetto…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Cerca casi</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro per tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro per categoria</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filtro per addetto</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>Tutti gli addetti</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data iniziale</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data finale</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;scaduti</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>Mostra solo i casi scaduti</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <source>Log a new case (Ctrl+N)</source>
        <translation>Registra un nuovo caso (Ctrl+N)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from … to …</comment>
        <translation>al</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date chosen</comment>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>Export &amp;shown cases…</source>
        <translation>Esporta i casi &amp;visualizzati…</translation>
    </message>
    <message>
        <source>Case s&amp;heet PDF…</source>
        <translation>&amp;Scheda del caso in PDF…</translation>
    </message>
    <message>
        <source>C&amp;hange person…</source>
        <translation>Cam&amp;bia persona…</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>&amp;Database condiviso…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Salva caso</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Annulla l&apos;ultimo salvataggio</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Elimina il caso…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Cestino…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Show only complaints past their targets</source>
        <translation>Mostra solo i reclami oltre la scadenza</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>Report &amp;mensile…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>I&amp;mpostazioni</translation>
    </message>
    <message>
        <source>&amp;Business profile…</source>
        <translation>&amp;Profilo aziendale…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>Modelli di &amp;checklist…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Dati…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s guide</source>
        <translation>&amp;Guida all&apos;uso</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>&amp;Informazioni su Goodwill</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Salvare le modifiche a %1 prima di uscire?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Salvare prima le modifiche a %1?</translation>
    </message>
    <message>
        <source>%1+ (loading)</source>
        <translation>%1+ (caricamento)</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Visualizzati %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases  ·  %3 open  ·  %4 overdue</source>
        <translation>Visualizzati %1 di %2 casi  ·  %3 aperti  ·  %4 scaduti</translation>
    </message>
    <message>
        <source>%1 — shared: %2</source>
        <translation>%1 — condiviso: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nessun nome)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Postazione: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff (desk)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>Al lavoro anche: %1</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Salva o annulla prima le tue modifiche.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <source>%1 %2
A customer-care desk for small businesses.

Database: %3</source>
        <translation>%1 %2
Assistenza clienti per piccole imprese.

Database: %3</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Unisci clienti</translation>
    </message>
    <message>
        <source>Find the other record of this customer</source>
        <translation>Cerca l&apos;altra scheda di questo cliente</translation>
    </message>
    <message>
        <source>Find the customer to merge</source>
        <translation>Cerca il cliente da unire</translation>
    </message>
    <message>
        <source>Customers to merge</source>
        <translation>Clienti da unire</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Merge another record into %1:</source>
        <translation>Unisci un&apos;altra scheda a %1:</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 casi</translation>
    </message>
    <message>
        <source>Stays: #%1 %2 (%3)</source>
        <translation>Resta: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Merged in: pick a customer above</source>
        <translation>Da unire: scegli un cliente qui sopra</translation>
    </message>
    <message>
        <source>Merged in: #%1 %2 (%3)</source>
        <translation>Da unire: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Every case of #%2 (%1) moves to #%3, with a note in each case&apos;s history; #%2 is then removed. Notes from both records are kept when “Stays” is chosen for notes.</source>
        <translation>Tutti i casi di #%2 (%1) passano a #%3, con una nota nella cronologia di ciascuno; poi #%2 viene eliminato. Le note di entrambe le schede vengono conservate se per le note si sceglie «Resta».</translation>
    </message>
    <message>
        <source>Merge #%1 %2 into #%3 %4? This cannot be undone (a backup is made on quit).</source>
        <translation>Unire #%1 %2 a #%3 %4? L&apos;operazione non si può annullare (all&apos;uscita viene eseguito un backup).</translation>
    </message>
    <message>
        <source>Not merged: </source>
        <translation>Non unito: </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non unito</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone to find or add</source>
        <translation>Nome, e-mail o telefono: cerca o aggiungi</translation>
    </message>
    <message>
        <source>Customer flag</source>
        <translation>Avviso sul cliente</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ca&amp;nale</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoria</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravità</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Riepilogo</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Cosa è successo, in una riga</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>A&amp;ddetto</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM; now unless you change it</source>
        <translation>AAAA-MM-GG HH:MM; ora, se non lo modifichi</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) with this name: pick one from the list, or save to add a new customer.</source>
        <translation>
            <numerusform>%n cliente esistente con questo nome: sceglilo dall&apos;elenco o salva per aggiungere un nuovo cliente.</numerusform>
            <numerusform>%n clienti esistenti con questo nome: scegline uno dall&apos;elenco o salva per aggiungere un nuovo cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer.</source>
        <translation>Cliente esistente.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non salvato: correggi i campi evidenziati in rosso.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Goodwill has not changed the file.</source>
        <translation>Goodwill non ha modificato il file.</translation>
    </message>
    <message>
        <source>This database file is empty (0 bytes). A crash or a full disk may have cut it short.</source>
        <translation>Questo file di database è vuoto (0 byte). Un arresto anomalo o un disco pieno potrebbero averlo troncato.</translation>
    </message>
    <message>
        <source>This file is not a Goodwill database. Perhaps another file was chosen.</source>
        <translation>Questo file non è un database di Goodwill. Forse è stato scelto un altro file.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Goodwill database.</source>
        <translation>Questo file è il database di un altro programma, non di Goodwill.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Goodwill. Please update Goodwill to open it.</source>
        <translation>Questo database è stato salvato da una versione più recente di Goodwill. Aggiorna Goodwill per aprirlo.</translation>
    </message>
    <message>
        <source>This database is damaged and cannot be opened safely.</source>
        <translation>Questo database è danneggiato e non si può aprire in sicurezza.</translation>
    </message>
    <message>
        <source>Goodwill cannot write to this file or its folder (it is read-only, or you do not have permission).</source>
        <translation>Goodwill non può scrivere in questo file o nella sua cartella (è di sola lettura o non hai i permessi).</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup is from %1 (%n case(s)). Restoring it keeps this file as it is, moved into the backups folder.</source>
        <translation>
            <numerusform>L&apos;ultimo backup integro è del %1 (%n caso). Ripristinandolo, questo file resta com&apos;è e viene spostato nella cartella dei backup.</numerusform>
            <numerusform>L&apos;ultimo backup integro è del %1 (%n casi). Ripristinandolo, questo file resta com&apos;è e viene spostato nella cartella dei backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>Restore latest good backup</source>
        <translation>Ripristina l&apos;ultimo backup integro</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Apri un altro file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non ripristinato</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Il backup non è stato ripristinato: %1</translation>
    </message>
    <message>
        <source>Open a Goodwill database</source>
        <translation>Apri un database di Goodwill</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Database di Goodwill (*.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>OwnersGuide</name>
    <message>
        <source>Owner&apos;s guide</source>
        <translation>Guida all&apos;uso</translation>
    </message>
    <message>
        <source>The owner&apos;s guide is not in this installation (%1).</source>
        <translation>La guida all&apos;uso manca in questa installazione (%1).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Letter preview</source>
        <translation>Anteprima della lettera</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Benvenuto in Goodwill</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Profilo aziendale</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>&amp;Nome dell&apos;azienda</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Il &amp;tuo nome</translation>
    </message>
    <message>
        <source>Signs letters and approves remedies</source>
        <translation>Firma le lettere e approva i rimedi</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Il tuo &amp;ruolo</translation>
    </message>
    <message>
        <source>For example: Owner, Manager</source>
        <translation>Per esempio: Titolare, Responsabile</translation>
    </message>
    <message>
        <source>Lan&amp;guage and formats</source>
        <translation>Lin&amp;gua e formati</translation>
    </message>
    <message>
        <source>The language of the window and the letters, and how dates and amounts are written in your files, for example de_DE reads 7,20 and 03.10.2026</source>
        <translation>La lingua della finestra e delle lettere e come sono scritti date e importi nei tuoi file; per esempio de_DE legge 7,20 e 03.10.2026</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>3 letters: EUR, GBP, USD…</source>
        <translation>3 lettere: EUR, CHF, USD…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter USA</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Formato &amp;carta</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge within</source>
        <translation>Prendere in carico &amp;entro</translation>
    </message>
    <message>
        <source>A complaint not acknowledged within this time is overdue</source>
        <translation>Un reclamo non preso in carico entro questo tempo è scaduto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>&amp;Resolve within</source>
        <translation>&amp;Risolvere entro</translation>
    </message>
    <message>
        <source>A complaint not resolved within this time is overdue</source>
        <translation>Un reclamo non risolto entro questo tempo è scaduto</translation>
    </message>
    <message>
        <source>Refund &amp;limit</source>
        <translation>&amp;Limite di rimborso</translation>
    </message>
    <message>
        <source>Remedies costing more than this need your approval; empty means no limit</source>
        <translation>I rimedi oltre questo importo richiedono la tua approvazione; vuoto significa nessun limite</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Anteprima del logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Scegli un&apos;immagine per il logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Rimuovi il logo</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logo (facoltativo)</translation>
    </message>
    <message>
        <source>Welcome! Before you log your first case, tell Goodwill a little about your business. Your name and address go on the letters you print, and the targets below decide when a complaint counts as overdue. You can change all of this later under Settings &gt; Business profile.</source>
        <translation>Benvenuto! Prima di registrare il primo caso, racconta a Goodwill qualcosa della tua azienda. Nome e indirizzo compaiono sulle lettere che stampi e le scadenze qui sotto stabiliscono quando un reclamo è scaduto. Puoi modificare tutto in seguito in Impostazioni &gt; Profilo aziendale.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Immagini (*.png *.jpg *.jpeg);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 is not an image Goodwill can read</source>
        <translation>%1 non è un&apos;immagine che Goodwill può leggere</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non salvato: correggi i campi evidenziati in rosso.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Goodwill.</source>
        <translation>La finestra userà la nuova lingua al prossimo avvio di Goodwill.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Goodwill: nothing due</source>
        <translation>Goodwill: nessuna scadenza</translation>
    </message>
    <message numerus="yes">
        <source>Goodwill: %n due today</source>
        <translation>
            <numerusform>Goodwill: %n in scadenza oggi</numerusform>
            <numerusform>Goodwill: %n in scadenza oggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Prendere in carico entro %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Risolvere entro %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n promemoria in scadenza</numerusform>
            <numerusform>%n promemoria in scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: </source>
        <translation>Promemoria: </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly service report</source>
        <translation>Report mensile dell&apos;assistenza</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mese:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Make the report again from the latest figures</source>
        <translation>Rigenera il report con i dati più recenti</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salva PDF…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stato del report</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Anteprima del report</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n case(s))</source>
        <translation>
            <numerusform>%1  (%n caso)</numerusform>
            <numerusform>%1  (%n casi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report for %1…</source>
        <translation>Creazione del report di %1…</translation>
    </message>
    <message>
        <source>The report for %1 could not be made.</source>
        <translation>Non è stato possibile creare il report di %1.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Report mensile</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Non è stato possibile creare il report: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n pagina.</numerusform>
            <numerusform>%1: %n pagine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service report %1</source>
        <translation>Report assistenza %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Non è stato possibile avviare la stampante.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Salva il report mensile</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved to %1: %2</source>
        <translation>Il report non è stato salvato in %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current database is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Scegli il backup a cui tornare. Prima viene salvato il database attuale, quindi anche un ripristino si può annullare da questo elenco.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lettura dei backup…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Altro file…</translation>
    </message>
    <message>
        <source>Restore from a backup file kept somewhere else</source>
        <translation>Ripristina da un file di backup conservato altrove</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illeggibile</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backup in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet. Goodwill makes one every day you use it and whenever you quit after changes.</source>
        <translation>Non ci sono ancora backup. Goodwill ne crea uno ogni giorno in cui lo usi e ogni volta che esci dopo aver fatto modifiche.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message numerus="yes">
        <source>Go back to the backup of %1 (%n case(s))?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>Tornare al backup del %1 (%n caso)?

Tutto ciò che è stato inserito dopo non sarà più visibile. Prima viene salvato il database attuale, così potrai tornarci da questo elenco.</numerusform>
            <numerusform>Tornare al backup del %1 (%n casi)?

Tutto ciò che è stato inserito dopo non sarà più visibile. Prima viene salvato il database attuale, così potrai tornarci da questo elenco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Ripristina da un file di backup</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Database di Goodwill (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore this file?</source>
        <translation>Ripristinare questo file?</translation>
    </message>
    <message>
        <source>Replace your database with %1?

Your current database is backed up first.</source>
        <translation>Sostituire il database con %1?

Prima viene salvato il database attuale.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non ripristinato</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>Il backup non è stato ripristinato: %1

Il database non è cambiato.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>Il database com&apos;era prima è conservato come %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message numerus="yes">
        <source>Your database now holds %n case(s) from the backup.</source>
        <translation>
            <numerusform>Il database ora contiene %n caso dal backup.</numerusform>
            <numerusform>Il database ora contiene %n casi dal backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Database condiviso</translation>
    </message>
    <message>
        <source>Several computers can keep one log on a PostgreSQL server: every desk sees the same cases, and the lists refresh within seconds when another desk saves. Without a shared database, Goodwill keeps the log in a file on this computer.</source>
        <translation>Più computer possono tenere un unico registro su un server PostgreSQL: ogni postazione vede gli stessi casi e gli elenchi si aggiornano in pochi secondi quando un&apos;altra postazione salva. Senza database condiviso, Goodwill tiene il registro in un file su questo computer.</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>Indirizzo PostgreSQL</translation>
    </message>
    <message>
        <source>Password of the shared database</source>
        <translation>Password del database condiviso</translation>
    </message>
    <message>
        <source>Leave empty to use a .pgpass file</source>
        <translation>Lasciare vuoto per usare un file .pgpass</translation>
    </message>
    <message>
        <source>Staff name on this desk</source>
        <translation>Nome del personale di questa postazione</translation>
    </message>
    <message>
        <source>Who works at this computer</source>
        <translation>Chi lavora a questo computer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Risultato della prova di connessione</translation>
    </message>
    <message>
        <source>PostgreSQL address:</source>
        <translation>Indirizzo PostgreSQL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Staff name on this desk:</source>
        <translation>Nome del personale di questa postazione:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Aperto ora: %1</translation>
    </message>
    <message>
        <source>The address is kept in this computer&apos;s settings for your user; its password goes to the system keyring (or, where there is none, a file only you can read), never into the settings. You may leave the password out of the address and keep it in a .pgpass file instead. A change of database takes effect the next time Goodwill starts.</source>
        <translation>L&apos;indirizzo è conservato nelle impostazioni di questo computer per il suo utente; la password va nel portachiavi di sistema (o, dove manca, in un file che solo lei può leggere), mai nelle impostazioni. Può anche omettere la password e tenerla in un file .pgpass. Un cambio di database vale dal prossimo avvio di Goodwill.</translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation>Usa il database condiviso</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Usa il file su questo computer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>A shared database address starts with postgresql:// (for example postgresql://user:password@host/dbname).</source>
        <translation>L&apos;indirizzo di un database condiviso inizia con postgresql:// (per esempio postgresql://utente:password@server/database).</translation>
    </message>
    <message>
        <source>Goodwill opens the shared database %1 the next time it starts.</source>
        <translation>Goodwill aprirà il database condiviso %1 al prossimo avvio.</translation>
    </message>
    <message>
        <source>Goodwill opens the file on this computer the next time it starts. The shared log stays on its server for the other desks.</source>
        <translation>Goodwill aprirà il file su questo computer al prossimo avvio. Il registro condiviso resta sul suo server per le altre postazioni.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>owner</source>
        <translation>titolare</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>dipendente</translation>
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
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Deleted cases are kept here for %1 days, then erased for good.</source>
        <translation>I casi eliminati restano qui %1 giorni, poi vengono cancellati per sempre.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Cancellato il</translation>
    </message>
    <message>
        <source>Deleted cases</source>
        <translation>Casi eliminati</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Elimina per sempre</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Elimina per sempre</translation>
    </message>
    <message>
        <source>Erase %1 for good, with its history, checklists, letters and files? This cannot be undone.</source>
        <translation>Cancellare per sempre %1, con cronologia, checklist, lettere e file? Non si può annullare.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Benvenuto in Goodwill</translation>
    </message>
    <message>
        <source>Every complaint, compliment, question and request your customers bring you, in one place on this computer. Log what just happened at the counter or on the phone, work each complaint through to a happy customer, and print a proper letter or a month-end report when you need one.</source>
        <translation>Ogni reclamo, complimento, domanda e richiesta dei tuoi clienti, in un unico posto su questo computer. Registra ciò che è appena successo al banco o al telefono, segui ogni reclamo fino a un cliente soddisfatto e stampa una lettera come si deve o un report di fine mese quando ti serve.</translation>
    </message>
    <message>
        <source>Log your first case</source>
        <translation>Registra il tuo primo caso</translation>
    </message>
    <message>
        <source>Ctrl+N at any time</source>
        <translation>Ctrl+N in qualsiasi momento</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importa un foglio di calcolo…</translation>
    </message>
    <message>
        <source>Bring in cases from a CSV file or an Excel or LibreOffice sheet</source>
        <translation>Importa casi da un file CSV o da un foglio Excel o LibreOffice</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carica dati di esempio</translation>
    </message>
    <message>
        <source>Six months of a small café&apos;s cases, to look around first</source>
        <translation>Sei mesi di casi di un piccolo bar, per dare un&apos;occhiata</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Dati di esempio non caricati</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Dati di esempio caricati</translation>
    </message>
    <message numerus="yes">
        <source>Added %n case(s) from a small café. Have a look around.</source>
        <translation>
            <numerusform>Aggiunto %n caso di un piccolo bar. Dai un&apos;occhiata.</numerusform>
            <numerusform>Aggiunti %n casi di un piccolo bar. Dai un&apos;occhiata.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Due today</source>
        <translation>In scadenza oggi</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
</context>
</TS>

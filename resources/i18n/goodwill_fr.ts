<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>months</comment>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 y</source>
        <comment>years</comment>
        <translation>%1 an(s)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Goodwill cannot work on this database: the folder it is in cannot be written to (%2).
%1</source>
        <translation>Goodwill ne peut pas travailler sur cette base de données : son dossier n’est pas accessible en écriture (%2).
%1</translation>
    </message>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>Goodwill est déjà ouvert sur cette base de données&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Utiliser le fichier de cet ordinateur</translation>
    </message>
    <message>
        <source>a network drive (%1)</source>
        <translation>un lecteur réseau (%1)</translation>
    </message>
    <message>
        <source>a folder that syncs to the cloud (%1)</source>
        <translation>un dossier synchronisé avec le cloud (%1)</translation>
    </message>
    <message>
        <source>This database is in a shared folder</source>
        <translation>Cette base de données est dans un dossier partagé</translation>
    </message>
    <message>
        <source>%1 is on %2.

A Goodwill file there can be damaged when two computers use it at once, or when the folder syncs while Goodwill is writing. To work on one log from several computers, use File &gt; Shared database… (PostgreSQL) instead; to keep this file safe, move it to a folder on this computer.</source>
        <translation>%1 se trouve sur %2.

Un fichier Goodwill peut y être endommagé quand deux ordinateurs l’utilisent en même temps, ou quand le dossier se synchronise pendant que Goodwill écrit. Pour travailler sur un même journal depuis plusieurs ordinateurs, utilisez plutôt Fichier &gt; Base de données partagée… (PostgreSQL) ; pour protéger ce fichier, déplacez-le dans un dossier de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nothing was saved: choose who is at the desk first (File &gt; Change person…).</source>
        <translation>Rien n&apos;a été enregistré : choisissez d&apos;abord qui est au poste (Fichier &gt; Changer de personne…).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
</context>
<context>
    <name>ApprovalsNotifier</name>
    <message numerus="yes">
        <source>%n new for you to decide or take over</source>
        <translation>
            <numerusform>%n nouveauté à décider ou à reprendre</numerusform>
            <numerusform>%n nouveautés à décider ou à reprendre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: awaiting your approval</source>
        <translation>%1 : attend votre validation</translation>
    </message>
    <message>
        <source>%1: referred to you</source>
        <translation>%1 : vous est transmis</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Waiting on you</source>
        <translation>Vous attend</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Approve or decline: %1 of %2 %3</source>
        <translation>Valider ou refuser : %1 de %2 %3</translation>
    </message>
    <message>
        <source>Referred to you: %1</source>
        <translation>Vous est transmis : %1</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>Vous est transmis</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy(s) awaiting your approval</source>
        <translation>
            <numerusform>%n geste attend votre validation</numerusform>
            <numerusform>%n gestes attendent votre validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) referred to you</source>
        <translation>
            <numerusform>%n dossier vous est transmis</numerusform>
            <numerusform>%n dossiers vous sont transmis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this case</source>
        <translation>Fichiers joints à ce dossier</translation>
    </message>
    <message>
        <source>Drop photos or files here, paste an image (Ctrl+V), or use Add file…. Up to 20 MB a file.</source>
        <translation>Déposez des photos ou des fichiers ici, collez une image (Ctrl+V) ou utilisez « Ajouter un fichier… ». Jusqu&apos;à 20 Mo par fichier.</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Message sur les fichiers</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Ajouter des fichiers au dossier</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n fichier ajouté.</numerusform>
            <numerusform>%n fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Non ajouté&#xa0;: </translation>
    </message>
    <message>
        <source>the clipboard holds no image or file</source>
        <translation>le presse-papiers ne contient ni image ni fichier</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>No program is set up to open </source>
        <translation>Aucun programme n&apos;est configuré pour ouvrir </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Retirer des fichiers</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from this case? The case history keeps a note.</source>
        <translation>
            <numerusform>Retirer %n fichier de ce dossier&#xa0;? L&apos;historique du dossier en garde une trace.</numerusform>
            <numerusform>Retirer %n fichiers de ce dossier&#xa0;? L&apos;historique du dossier en garde une trace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>on quit</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>fichier endommagé mis de côté</translation>
    </message>
</context>
<context>
    <name>CaseAuthority</name>
    <message>
        <source>Remedy approval</source>
        <translation>Validation du geste commercial</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve the remedy</source>
        <translation>Valider le geste commercial</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Decline the remedy, with a reason</source>
        <translation>Refuser le geste commercial, avec un motif</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Transmettre à…</translation>
    </message>
    <message>
        <source>Hand the case to a manager or the owner, with a note</source>
        <translation>Transmettre le dossier à un responsable ou au gérant, avec une note</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Attribuer à…</translation>
    </message>
    <message>
        <source>Make a person responsible for this case</source>
        <translation>Confier ce dossier à une personne</translation>
    </message>
    <message>
        <source>Awaiting approval by a manager or the owner: %1</source>
        <translation>En attente de validation par un responsable ou le gérant : %1</translation>
    </message>
    <message>
        <source>Given over the limit: %1. For the owner&apos;s review.</source>
        <translation>Accordé au-delà de la limite : %1. À examiner par le gérant.</translation>
    </message>
    <message>
        <source>%1 approved by %2 at %3</source>
        <translation>%1 validé par %2 le %3</translation>
    </message>
    <message>
        <source>Declined by %1 at %2</source>
        <translation>Refusé par %1 le %2</translation>
    </message>
    <message>
        <source>%1 granted</source>
        <translation>%1 accordé</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <comment>remedy of amount currency</comment>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>Remedy not recorded</source>
        <translation>Geste commercial non enregistré</translation>
    </message>
    <message>
        <source>The remedy is above your limit: it is recorded as a request awaiting approval by a manager or the owner.</source>
        <translation>Le geste dépasse votre limite : il est enregistré comme une demande en attente de validation par un responsable ou le gérant.</translation>
    </message>
    <message>
        <source>Recorded as given above your limit, and flagged for the owner&apos;s review.</source>
        <translation>Enregistré comme accordé au-delà de votre limite, et signalé au gérant pour examen.</translation>
    </message>
    <message>
        <source>Remedy granted.</source>
        <translation>Geste commercial accordé.</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Lettre non rédigée</translation>
    </message>
    <message>
        <source>This letter would promise the remedy, which awaits approval by a manager or the owner. It can be written once the remedy is approved or declined.</source>
        <translation>Cette lettre promettrait le geste commercial, qui attend la validation d&apos;un responsable ou du gérant. Elle pourra être rédigée une fois le geste validé ou refusé.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Motif (facultatif) :</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Why is the remedy declined? The person who asked is told.</source>
        <translation>Pourquoi le geste est-il refusé ? La personne qui l&apos;a demandé en est informée.</translation>
    </message>
    <message>
        <source>There is no manager or owner to refer the case to.</source>
        <translation>Il n&apos;y a ni responsable ni gérant à qui transmettre le dossier.</translation>
    </message>
    <message>
        <source>Who should take over this case?</source>
        <translation>Qui doit reprendre ce dossier ?</translation>
    </message>
    <message>
        <source>A note for %1 (what the customer wants, what was said):</source>
        <translation>Une note pour %1 (ce que veut le client, ce qui a été dit) :</translation>
    </message>
    <message>
        <source>Who is responsible for this case?</source>
        <translation>Qui est responsable de ce dossier ?</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve remedy over the refund limit</source>
        <translation>Approuver le geste commercial au-delà du plafond de remboursement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Enregistrer les modifications (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>Rétablir les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Accuser réception</translation>
    </message>
    <message>
        <source>Stamp the acknowledged time with now</source>
        <translation>Noter l&apos;accusé de réception à l&apos;heure actuelle</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Stamp the resolved time with now and mark it resolved</source>
        <translation>Noter l&apos;heure de résolution et marquer comme résolu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Rédiger un courrier</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>letter kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <source>Remedy cost</source>
        <translation>Coût du geste</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Customer returned</source>
        <translation>Client revenu</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Found: our fault</source>
        <translation>Constat&#xa0;: notre faute</translation>
    </message>
    <message>
        <source>Found: not our fault</source>
        <translation>Constat&#xa0;: pas notre faute</translation>
    </message>
    <message>
        <source>What happened, for letters</source>
        <translation>Ce qui s&apos;est passé (pour les courriers)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Clôturé parce que</translation>
    </message>
    <message>
        <source>%1 from &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</source>
        <translation>%1 de &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Needs approval (over your refund limit of %1 %2)</source>
        <translation>Approbation requise (au-delà de votre plafond de remboursement de %1 %2)</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <translation>Approuvé par %1 %2</translation>
    </message>
    <message>
        <source>acknowledge by %1</source>
        <translation>accuser réception avant le %1</translation>
    </message>
    <message>
        <source>resolve by %1</source>
        <translation>résoudre avant le %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>None (not a complaint)</source>
        <translation>Aucun (pas une réclamation)</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed now: the search or filters leave it out. Your unsaved changes to it are still here.</source>
        <translation>%1 ne figure plus parmi les dossiers listés : la recherche ou les filtres l&apos;écartent. Vos modifications non enregistrées sont toujours là.</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed</source>
        <translation>%1 ne figure pas parmi les dossiers listés</translation>
    </message>
    <message>
        <source>The search or filters leave it out. Clear them to see it again.</source>
        <translation>La recherche ou les filtres l&apos;écartent. Effacez-les pour le revoir.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Clôturer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why close anyway?</source>
        <translation>Ces étapes obligatoires ne sont pas faites&#xa0;:
%1

Pourquoi clôturer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Not closed: the required steps are not done.</source>
        <translation>Non clôturé&#xa0;: les étapes obligatoires ne sont pas faites.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>nothing shown here</source>
        <translation>rien de ce qui est affiché ici</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Nothing was saved yet.

Changed there: %2
Your changes: %3

Keep your changes (they replace the other desk&apos;s for these fields), or take the other desk&apos;s version (your changes here are discarded)?</source>
        <translation>%1 a été modifié sur un autre poste depuis que vous l&apos;avez ouvert. Rien n&apos;a encore été enregistré.

Modifié là-bas : %2
Vos modifications : %3

Garder vos modifications (elles remplacent celles de l&apos;autre poste pour ces champs) ou reprendre la version de l&apos;autre poste (vos modifications ici sont abandonnées) ?</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre leur version</translation>
    </message>
    <message>
        <source>Showing the case as the other desk saved it.</source>
        <translation>Le dossier est affiché tel que l&apos;autre poste l&apos;a enregistré.</translation>
    </message>
    <message>
        <source>Not saved: the case was changed on another desk.</source>
        <translation>Non enregistré : le dossier a été modifié sur un autre poste.</translation>
    </message>
    <message>
        <source>Resolve anyway?</source>
        <translation>Résoudre quand même ?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why resolve anyway?</source>
        <translation>Ces étapes obligatoires ne sont pas faites :
%1

Pourquoi résoudre quand même ?</translation>
    </message>
    <message>
        <source>Not resolved: the required steps are not done.</source>
        <translation>Non résolu : les étapes obligatoires ne sont pas faites.</translation>
    </message>
    <message>
        <source>Who approves this remedy?</source>
        <translation>Qui approuve ce geste commercial&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Avancement de la liste</translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation>Liste à démarrer</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Démarrer la liste</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Add your own checklists or copy a built-in one</source>
        <translation>Créer vos propres listes ou copier une liste fournie</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Retirer la liste</translation>
    </message>
    <message>
        <source>Take off the selected checklist started by mistake</source>
        <translation>Retirer la liste sélectionnée, commencée par erreur</translation>
    </message>
    <message>
        <source>Ticking as</source>
        <translation>Cocher en tant que</translation>
    </message>
    <message>
        <source>Whose name goes on the steps you tick</source>
        <translation>Le nom inscrit sur les étapes que vous cochez</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Étapes de la liste</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Note sur l&apos;étape</translation>
    </message>
    <message>
        <source>A short note on this step</source>
        <translation>Une courte note sur cette étape</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>Effacer la date de relance</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Relance&#xa0;:</translation>
    </message>
    <message>
        <source>Ticking as:</source>
        <translation>Cocher en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Bold steps must be done before closing. Hover over a step for advice.</source>
        <translation>Les étapes en gras sont obligatoires avant la clôture. Survolez une étape pour voir un conseil.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggérée)</translation>
    </message>
    <message>
        <source>%1 (already started)</source>
        <translation>%1 (déjà démarrée)</translation>
    </message>
    <message>
        <source>Suggested checklist:</source>
        <translation>Liste suggérée&#xa0;:</translation>
    </message>
    <message>
        <source>Add a checklist:</source>
        <translation>Ajouter une liste&#xa0;:</translation>
    </message>
    <message>
        <source>When to use: %1</source>
        <translation>Quand l&apos;utiliser&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 sur %3 faites</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>Démarrée le %1 par %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Follow-up due since %1</source>
        <translation>Relance prévue depuis le %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Relancer avant le %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Required before the case can be closed.</source>
        <translation>Obligatoire avant de pouvoir clôturer le dossier.</translation>
    </message>
    <message>
        <source>required, done</source>
        <translation>obligatoire, faite</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Étape %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No checklist yet. Start the suggested one, or choose another.</source>
        <translation>Pas encore de liste. Démarrez celle qui est suggérée ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 étape(s) sur %2 faite(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n required step(s) still to do.</source>
        <translation>
            <numerusform>Encore %n étape obligatoire à faire.</numerusform>
            <numerusform>Encore %n étapes obligatoires à faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required steps are done.</source>
        <translation>Toutes les étapes obligatoires sont faites.</translation>
    </message>
    <message>
        <source>Select a step to add a note or a follow-up date.</source>
        <translation>Sélectionnez une étape pour ajouter une note ou une date de relance.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Change the severity?</source>
        <translation>Modifier la gravité ?</translation>
    </message>
    <message>
        <source>This checklist suggests severity %1 (now %2). Change it?</source>
        <translation>Cette liste suggère la gravité %1 (actuellement %2). La modifier ?</translation>
    </message>
    <message>
        <source>Remove the checklist “%1” from %2, with its ticks, notes and follow-ups?</source>
        <translation>Retirer la liste « %1 » de %2, avec ses coches, notes et relances ?</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Modèles de listes de contrôle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Créer votre propre copie modifiable de ce modèle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>The kind of case this checklist is for</source>
        <translation>Le type de dossier auquel cette liste s&apos;applique</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Advice (shown on hover)</source>
        <translation>Conseil (affiché au survol)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Follow up after (days)</source>
        <translation>Relance après (jours)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1  (built-in)</source>
        <translation>%1  (fournie)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>Vos modifications de « %1 » ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>This is a built-in checklist and cannot be changed. Press &lt;b&gt;Copy&lt;/b&gt; to make your own version of it.</source>
        <translation>Cette liste est fournie et ne peut pas être modifiée. Cliquez sur &lt;b&gt;Copier&lt;/b&gt; pour créer votre propre version.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Based on: %1</source>
        <translation>&lt;br&gt;D&apos;après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your own checklist. Changes apply to checklists started from now on; cases keep the steps they started with.</source>
        <translation>Votre propre liste. Les modifications valent pour les listes démarrées à partir de maintenant&#xa0;; les dossiers gardent les étapes de départ.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Supprimer le modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “%1”? Cases that use it keep their own copy of the steps.</source>
        <translation>Supprimer « %1 »&#xa0;? Les dossiers qui l&apos;utilisent gardent leur propre copie des étapes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Find a customer by name, e-mail or phone</source>
        <translation>Trouver un client par nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer summary</source>
        <translation>Synthèse du client</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Signalement</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Langue des courriers</translation>
    </message>
    <message>
        <source>Shown whenever a case is logged for them, e.g. &apos;refer to the owner&apos;</source>
        <translation>Affiché à chaque nouveau dossier de ce client, par ex. « voir avec la gérante »</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Enregistrer le client</translation>
    </message>
    <message>
        <source>New case for this customer</source>
        <translation>Nouveau dossier pour ce client</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Another record of the same customer: move its cases here and keep the values you choose</source>
        <translation>Une autre fiche du même client&#xa0;: déplacer ses dossiers ici et garder les valeurs choisies</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Exporter ses données…</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Effacer ce client…</translation>
    </message>
    <message>
        <source>This customer&apos;s cases</source>
        <translation>Dossiers de ce client</translation>
    </message>
    <message>
        <source>Cases (double-click to open):</source>
        <translation>Dossiers (double-clic pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>%1  (erased)</source>
        <translation>%1  (effacé)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1, %2, remedies paid %3 %4, last visit %5</source>
        <translation>%1, %2, gestes commerciaux %3 %4, dernière visite %5</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n réclamation</numerusform>
            <numerusform>%n réclamations</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n case(s) moved here.</source>
        <translation>
            <numerusform>Fusion effectuée&#xa0;: %n dossier déplacé ici.</numerusform>
            <numerusform>Fusion effectuée&#xa0;: %n dossiers déplacés ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Exporter les données de ce client</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>The data of %1 was saved to %2.</source>
        <translation>Les données de %1 ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Effacer ce client&#xa0;?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from this database? This cannot be undone.</source>
        <translation>Effacer les données personnelles de %1 de cette base&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Non effacé</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Goodwill backs up this database every day you use it, before imports, upgrades and restores, and when you quit after changes. It keeps every backup of the last 2 days, then one a day for 2 weeks, one a week for 2 months and one a month for a year. Erasing a customer does not change backups made before it; they rotate out within a year.</source>
        <translation>Goodwill sauvegarde cette base chaque jour d&apos;utilisation, avant les imports, mises à jour et restaurations, et quand vous quittez après des modifications. Il garde toutes les sauvegardes des 2 derniers jours, puis une par jour pendant 2 semaines, une par semaine pendant 2 mois et une par mois pendant un an. Effacer un client ne modifie pas les sauvegardes antérieures&#xa0;; elles disparaissent en moins d&apos;un an.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Base de données partagée…</translation>
    </message>
    <message>
        <source>One log on a PostgreSQL server for several computers; this desk&apos;s staff name</source>
        <translation>Un seul registre sur un serveur PostgreSQL pour plusieurs ordinateurs ; le nom du personnel de ce poste</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>partagée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n dossier</numerusform>
            <numerusform>%1, %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3); %n kept</source>
        <translation>
            <numerusform>%1 (%2, %3)&#xa0;; %n conservée</numerusform>
            <numerusform>%1 (%2, %3)&#xa0;; %n conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>acknowledged ({stamp}) before it occurred ({occurred})</source>
        <translation>accusé réception ({stamp}) avant les faits ({occurred})</translation>
    </message>
    <message>
        <source>resolved ({stamp}) before it occurred ({occurred})</source>
        <translation>résolu ({stamp}) avant les faits ({occurred})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601)</source>
        <translation>« {value} » n&apos;est pas une date (utilisez AAAA-MM-JJ, AAAA-MM-JJ HH:MM ou ISO 8601)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601, or as {locale} writes it: {example})</source>
        <translation>« {value} » n&apos;est pas une date (utilisez AAAA-MM-JJ, AAAA-MM-JJ HH:MM, ISO 8601, ou l&apos;écriture de {locale} : {example})</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>This evening (17:00)</source>
        <translation>Ce soir (17:00)</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Demain 9:00</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
</context>
<context>
    <name>DeskPicker</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Qui est au poste ?</translation>
    </message>
    <message>
        <source>Changes, ticks, letters and approvals made here are recorded under your name.</source>
        <translation>Les modifications, étapes cochées, lettres et validations faites ici sont enregistrées à votre nom.</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>Personne au poste</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Aucun code PIN</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet.</source>
        <translation>Personne n&apos;est encore sur la liste du personnel.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>Code PIN erroné pour %1. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mes dossiers</translation>
    </message>
    <message>
        <source>Show only cases assigned to me</source>
        <translation>N&apos;afficher que les dossiers qui me sont attribués</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>Change the person at the desk</source>
        <translation>Changer la personne au poste</translation>
    </message>
    <message>
        <source>This business keeps no staff records, so changes are recorded under the owner&apos;s name. Add people with `goodwill staff add` (docs/staff-and-authority.md).</source>
        <translation>Cette entreprise ne tient pas de liste du personnel : les modifications sont enregistrées au nom du gérant. Ajoutez des personnes avec `goodwill staff add` (docs/staff-and-authority.md).</translation>
    </message>
    <message>
        <source>nobody (changes are refused)</source>
        <translation>personne (les modifications sont refusées)</translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéances du jour</translation>
    </message>
    <message>
        <source>Due today summary</source>
        <translation>Résumé des échéances du jour</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue since %1</source>
        <translation>
            <numerusform>%n autre en retard depuis %1</numerusform>
            <numerusform>%n autres en retard depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them</source>
        <translation>Cliquez pour les afficher</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n dossier en retard</numerusform>
            <numerusform>%n dossiers en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due later today</source>
        <translation>
            <numerusform>encore %n à faire aujourd&apos;hui</numerusform>
            <numerusform>encore %n à faire aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source> (snoozed until %1)</source>
        <translation> (reporté au %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Relance : %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Accuser réception</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n heure de retard</numerusform>
            <numerusform>%n heures de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à faire maintenant</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Aucune échéance aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Excuses seulement</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Excuses</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Envoyé par e-mail</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>mis à la corbeille</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>checklist started</source>
        <translation>liste de contrôle commencée</translation>
    </message>
    <message>
        <source>checklist removed</source>
        <translation>liste de contrôle retirée</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>étape faite</translation>
    </message>
    <message>
        <source>step undone</source>
        <translation>étape décochée</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>pièce jointe retirée</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>geste commercial</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>step %1 note</source>
        <translation>note de l&apos;étape %1</translation>
    </message>
    <message>
        <source>step %1 follow-up</source>
        <translation>suivi de l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Kind (complaint, compliment…)</source>
        <translation>Type (réclamation, compliment…)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Accusé réception le</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <source>Cost of the remedy</source>
        <translation>Coût du geste</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>Customer came back</source>
        <translation>Le client est revenu</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Leçon retenue</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Check that each column of your file lands in the right Goodwill column. Columns set to “Leave out” are not imported. Nothing is written until you press Import.</source>
        <translation>Vérifiez que chaque colonne de votre fichier arrive dans la bonne colonne de Goodwill. Les colonnes réglées sur « Ignorer » ne sont pas importées. Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur « Importer ».</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>The first rows as Goodwill reads them</source>
        <translation>Les premières lignes telles que Goodwill les lit</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Vérification de chaque ligne du fichier…</translation>
    </message>
    <message>
        <source>Which date is meant?</source>
        <translation>Quelle date est voulue ?</translation>
    </message>
    <message>
        <source>Line %1 of the file has the date %2, which reads two ways, and no other date in the file tells which. How does the file write dates?</source>
        <translation>La ligne %1 du fichier contient la date %2, qui se lit de deux façons, et aucune autre date du fichier ne dit laquelle. Comment le fichier écrit-il les dates ?</translation>
    </message>
    <message>
        <source>%1 (the day first)</source>
        <translation>%1 (le jour d&apos;abord)</translation>
    </message>
    <message>
        <source>%1 (the month first)</source>
        <translation>%1 (le mois d&apos;abord)</translation>
    </message>
    <message>
        <source>Ready: importing adds %1 and %2.</source>
        <translation>Prêt&#xa0;: l&apos;import ajoutera %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n nouveau client</numerusform>
            <numerusform>%n nouveaux clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: fix these problems in the file (or map the columns above), then import again. Nothing has been written.</source>
        <translation>Pas prêt&#xa0;: corrigez ces problèmes dans le fichier (ou associez les colonnes ci-dessus), puis relancez l&apos;import. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been written.</source>
        <translation>Le fichier n&apos;a pas pu être lu. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it with nothing written.</source>
        <translation>Import en cours… « Annuler » l&apos;interrompt sans rien enregistrer.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>%1 et %2 importés depuis %3.</translation>
    </message>
    <message>
        <source>Stopping the import; nothing will be written…</source>
        <translation>Arrêt de l&apos;import&#xa0;; rien ne sera enregistré…</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importer des dossiers</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n dossier exporté vers %1.</numerusform>
            <numerusform>%n dossiers exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Imprimer le courrier</translation>
    </message>
    <message>
        <source>Letter for %1 – %2</source>
        <translation>Courrier pour %1 – %2</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Type de courrier</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Repartir du modèle</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <source>Change the wording every new letter of this kind starts from</source>
        <translation>Modifier le texte de départ de chaque nouveau courrier de ce type</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texte du courrier</translation>
    </message>
    <message>
        <source>Letter check warnings</source>
        <translation>Alertes de vérification</translation>
    </message>
    <message>
        <source>A first line “Subject: …” becomes the bold line above the letter; a blank line starts a new paragraph.</source>
        <translation>Une première ligne « Objet&#xa0;: … » devient la ligne en gras au-dessus du courrier&#xa0;; une ligne vide commence un nouveau paragraphe.</translation>
    </message>
    <message>
        <source>Letter check (advice only; nothing stops you printing):</source>
        <translation>Vérification du courrier (simples conseils&#xa0;; rien ne vous empêche d&apos;imprimer)&#xa0;:</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Courrier&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Par e-mail…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to the customer with this letter as a PDF, and open it in your mail program</source>
        <translation>Créer un brouillon d&apos;e-mail au client avec ce courrier en PDF et l&apos;ouvrir dans votre messagerie</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Throw away your changes to this letter and start again from the template?</source>
        <translation>Abandonner vos modifications de ce courrier et repartir du modèle&#xa0;?</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>the signature name</source>
        <translation>le nom du signataire</translation>
    </message>
    <message>
        <source>Not ready to send: a letter needs a sender. Set %1 in Settings &gt; Business profile.</source>
        <translation>Pas prêt à l&apos;envoi&#xa0;: un courrier a besoin d&apos;un expéditeur. Indiquez %1 dans Paramètres &gt; Profil de l&apos;entreprise.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB</source>
        <translation>
            <numerusform>%n page, %1 Ko</numerusform>
            <numerusform>%n pages, %1 Ko</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Printed and kept with case %1.</source>
        <translation>Imprimé et conservé dans le dossier %1.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Enregistrer le courrier en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1 and kept with case %2.</source>
        <translation>Enregistré dans %1 et conservé dans le dossier %2.</translation>
    </message>
    <message>
        <source>Save e-mail draft</source>
        <translation>Enregistrer le brouillon d&apos;e-mail</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Brouillons d&apos;e-mail (*.eml)</translation>
    </message>
    <message>
        <source> The customer has no e-mail address: add one in the draft.</source>
        <translation> Le client n&apos;a pas d&apos;adresse e-mail&#xa0;: ajoutez-en une dans le brouillon.</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program</source>
        <translation>Brouillon d&apos;e-mail ouvert dans votre messagerie</translation>
    </message>
    <message>
        <source>E-mail draft saved to </source>
        <translation>Brouillon d&apos;e-mail enregistré dans </translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Type de courrier</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Placeholders filled from the case: %1. Paragraphs are separated by a blank line. A paragraph may offer other versions after a line holding only |; the first version whose placeholders all have a value is used, and a paragraph with none is left out. New drafts use the template; letters already drafted keep their text.</source>
        <translation>Champs remplis d&apos;après le dossier&#xa0;: %1. Les paragraphes sont séparés par une ligne vide. Un paragraphe peut proposer d&apos;autres versions après une ligne ne contenant que |&#xa0;; la première version dont tous les champs ont une valeur est retenue, et un paragraphe sans aucune est omis. Les nouveaux brouillons utilisent le modèle&#xa0;; les courriers déjà rédigés gardent leur texte.</translation>
    </message>
    <message>
        <source>Restore the built-in wording</source>
        <translation>Rétablir le texte fourni</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Courrier&#xa0;:</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Votre propre texte</translation>
    </message>
    <message>
        <source>Built-in wording</source>
        <translation>Texte fourni</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>Rétablir le modèle</translation>
    </message>
    <message>
        <source>Replace your wording with the built-in template for this kind of letter?</source>
        <translation>Remplacer votre texte par le modèle fourni pour ce type de courrier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>%1 letter, %2 %3</source>
        <translation>Courrier&#xa0;: %1, %2 le %3</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Enregistrer une copie du courrier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Courriers envoyés</translation>
    </message>
    <message>
        <source>No letters yet. Use the Letter button to write one.</source>
        <translation>Aucun courrier pour l&apos;instant. Utilisez le bouton « Courrier » pour en rédiger un.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
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
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>Case counts</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Qui travaille</translation>
    </message>
    <message>
        <source>Search cases: customer, summary, details, category, staff…</source>
        <translation>Rechercher&#xa0;: client, résumé, détails, catégorie, employé…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filtre par employé</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>Tous les employés</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>Afficher seulement les dossiers en retard</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Log a new case (Ctrl+N)</source>
        <translation>Enregistrer un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from … to …</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date chosen</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export &amp;shown cases…</source>
        <translation>Exporter les dossiers &amp;affichés…</translation>
    </message>
    <message>
        <source>Case s&amp;heet PDF…</source>
        <translation>&amp;Fiche du dossier en PDF…</translation>
    </message>
    <message>
        <source>C&amp;hange person…</source>
        <translation>C&amp;hanger de personne…</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>Base de &amp;données partagée…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Enregistrer le dossier</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show only complaints past their targets</source>
        <translation>Afficher seulement les réclamations hors délai</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>Rapport &amp;mensuel…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Business profile…</source>
        <translation>Profil de l&apos;&amp;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>&amp;Modèles de listes…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Données…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>À &amp;propos de Goodwill</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Enregistrer les modifications de %1 avant de quitter ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Enregistrer d&apos;abord les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1+ (loading)</source>
        <translation>%1+ (chargement)</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>%1 affiché(s)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases  ·  %3 open  ·  %4 overdue</source>
        <translation>%1 dossiers affichés sur %2  ·  %3 ouverts  ·  %4 en retard</translation>
    </message>
    <message>
        <source>%1 — shared: %2</source>
        <translation>%1 — partagée : %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff (desk)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>Travaillent aussi : %1</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Enregistrez ou annulez d&apos;abord vos modifications.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>%1 %2
A customer-care desk for small businesses.

Database: %3</source>
        <translation>%1 %2
Le service client des petites entreprises.

Base de données&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <source>Find the other record of this customer</source>
        <translation>Trouver l&apos;autre fiche de ce client</translation>
    </message>
    <message>
        <source>Find the customer to merge</source>
        <translation>Trouver le client à fusionner</translation>
    </message>
    <message>
        <source>Customers to merge</source>
        <translation>Clients à fusionner</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge another record into %1:</source>
        <translation>Fusionner une autre fiche dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>Stays: #%1 %2 (%3)</source>
        <translation>Reste&#xa0;: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Merged in: pick a customer above</source>
        <translation>À fusionner&#xa0;: choisissez un client ci-dessus</translation>
    </message>
    <message>
        <source>Merged in: #%1 %2 (%3)</source>
        <translation>À fusionner&#xa0;: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Every case of #%2 (%1) moves to #%3, with a note in each case&apos;s history; #%2 is then removed. Notes from both records are kept when “Stays” is chosen for notes.</source>
        <translation>Tous les dossiers de #%2 (%1) passent à #%3, avec une note dans l&apos;historique de chacun&#xa0;; #%2 est ensuite supprimé. Les notes des deux fiches sont conservées si « Reste » est choisi pour les notes.</translation>
    </message>
    <message>
        <source>Merge #%1 %2 into #%3 %4? This cannot be undone (a backup is made on quit).</source>
        <translation>Fusionner #%1 %2 dans #%3 %4&#xa0;? Cette action est irréversible (une sauvegarde est faite à la fermeture).</translation>
    </message>
    <message>
        <source>Not merged: </source>
        <translation>Non fusionné&#xa0;: </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non fusionné</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone to find or add</source>
        <translation>Nom, e-mail ou téléphone&#xa0;: trouver ou ajouter</translation>
    </message>
    <message>
        <source>Customer flag</source>
        <translation>Signalement du client</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;atégorie</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Ce qui s&apos;est passé, en une ligne</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>E&amp;mployé</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM; now unless you change it</source>
        <translation>AAAA-MM-JJ HH:MM&#xa0;; maintenant, sauf si vous le modifiez</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) with this name: pick one from the list, or save to add a new customer.</source>
        <translation>
            <numerusform>%n client existant porte ce nom&#xa0;: choisissez-le dans la liste ou enregistrez pour ajouter un nouveau client.</numerusform>
            <numerusform>%n clients existants portent ce nom&#xa0;: choisissez-en un dans la liste ou enregistrez pour ajouter un nouveau client.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer.</source>
        <translation>Client existant.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Goodwill has not changed the file.</source>
        <translation>Goodwill n&apos;a pas modifié le fichier.</translation>
    </message>
    <message>
        <source>This database file is empty (0 bytes). A crash or a full disk may have cut it short.</source>
        <translation>Ce fichier de base de données est vide (0 octet). Un plantage ou un disque plein l&apos;a peut-être tronqué.</translation>
    </message>
    <message>
        <source>This file is not a Goodwill database. Perhaps another file was chosen.</source>
        <translation>Ce fichier n&apos;est pas une base Goodwill. Un autre fichier a peut-être été choisi.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Goodwill database.</source>
        <translation>Ce fichier est la base de données d&apos;un autre programme, pas une base Goodwill.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Goodwill. Please update Goodwill to open it.</source>
        <translation>Cette base a été enregistrée par une version plus récente de Goodwill. Veuillez mettre Goodwill à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This database is damaged and cannot be opened safely.</source>
        <translation>Cette base est endommagée et ne peut pas être ouverte sans risque.</translation>
    </message>
    <message>
        <source>Goodwill cannot write to this file or its folder (it is read-only, or you do not have permission).</source>
        <translation>Goodwill ne peut pas écrire dans ce fichier ou son dossier (il est en lecture seule, ou vous n&apos;avez pas les droits).</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup is from %1 (%n case(s)). Restoring it keeps this file as it is, moved into the backups folder.</source>
        <translation>
            <numerusform>La dernière sauvegarde saine date du %1 (%n dossier). La restaurer conserve ce fichier tel quel, déplacé dans le dossier des sauvegardes.</numerusform>
            <numerusform>La dernière sauvegarde saine date du %1 (%n dossiers). La restaurer conserve ce fichier tel quel, déplacé dans le dossier des sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Restore latest good backup</source>
        <translation>Restaurer la dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a Goodwill database</source>
        <translation>Ouvrir une base Goodwill</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Bases Goodwill (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OwnersGuide</name>
    <message>
        <source>Owner&apos;s guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>The owner&apos;s guide is not in this installation (%1).</source>
        <translation>Le guide d&apos;utilisation manque dans cette installation (%1).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu du courrier</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Bienvenue dans Goodwill</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Profil de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>&amp;Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <source>Signs letters and approves remedies</source>
        <translation>Signe les courriers et approuve les gestes commerciaux</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Votre &amp;fonction</translation>
    </message>
    <message>
        <source>For example: Owner, Manager</source>
        <translation>Par exemple&#xa0;: Gérante, Directeur</translation>
    </message>
    <message>
        <source>Lan&amp;guage and formats</source>
        <translation>Lan&amp;gue et formats</translation>
    </message>
    <message>
        <source>The language of the window and the letters, and how dates and amounts are written in your files, for example de_DE reads 7,20 and 03.10.2026</source>
        <translation>La langue de la fenêtre et des courriers, et l&apos;écriture des dates et des montants dans vos fichiers&#xa0;; par exemple, de_DE lit 7,20 et 03.10.2026</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>3 letters: EUR, GBP, USD…</source>
        <translation>3 lettres&#xa0;: EUR, CHF, USD…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Format de &amp;papier</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge within</source>
        <translation>Accuser réception &amp;sous</translation>
    </message>
    <message>
        <source>A complaint not acknowledged within this time is overdue</source>
        <translation>Une réclamation sans accusé de réception dans ce délai est en retard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Resolve within</source>
        <translation>&amp;Résoudre sous</translation>
    </message>
    <message>
        <source>A complaint not resolved within this time is overdue</source>
        <translation>Une réclamation non résolue dans ce délai est en retard</translation>
    </message>
    <message>
        <source>Refund &amp;limit</source>
        <translation>P&amp;lafond de remboursement</translation>
    </message>
    <message>
        <source>Remedies costing more than this need your approval; empty means no limit</source>
        <translation>Les gestes commerciaux au-delà de ce montant exigent votre approbation&#xa0;; vide signifie sans plafond</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Choisir une image de logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logo (facultatif)</translation>
    </message>
    <message>
        <source>Welcome! Before you log your first case, tell Goodwill a little about your business. Your name and address go on the letters you print, and the targets below decide when a complaint counts as overdue. You can change all of this later under Settings &gt; Business profile.</source>
        <translation>Bienvenue&#xa0;! Avant d&apos;enregistrer votre premier dossier, présentez un peu votre entreprise à Goodwill. Votre nom et votre adresse figurent sur les courriers que vous imprimez, et les délais ci-dessous déterminent quand une réclamation est en retard. Vous pourrez tout modifier plus tard dans Paramètres &gt; Profil de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not an image Goodwill can read</source>
        <translation>%1 n&apos;est pas une image que Goodwill sait lire</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Goodwill.</source>
        <translation>La fenêtre passera à la nouvelle langue au prochain démarrage de Goodwill.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Goodwill: nothing due</source>
        <translation>Goodwill&#xa0;: aucune échéance</translation>
    </message>
    <message numerus="yes">
        <source>Goodwill: %n due today</source>
        <translation>
            <numerusform>Goodwill&#xa0;: %n échéance aujourd&apos;hui</numerusform>
            <numerusform>Goodwill&#xa0;: %n échéances aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Relance : %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Accuser réception avant le %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Résoudre avant le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n rappel à traiter</numerusform>
            <numerusform>%n rappels à traiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: </source>
        <translation>Rappel&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly service report</source>
        <translation>Rapport mensuel du service client</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Make the report again from the latest figures</source>
        <translation>Refaire le rapport avec les derniers chiffres</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n case(s))</source>
        <translation>
            <numerusform>%1  (%n dossier)</numerusform>
            <numerusform>%1  (%n dossiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report for %1…</source>
        <translation>Préparation du rapport de %1…</translation>
    </message>
    <message>
        <source>The report for %1 could not be made.</source>
        <translation>Le rapport de %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Rapport mensuel</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n page.</numerusform>
            <numerusform>%1&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service report %1</source>
        <translation>Rapport service client %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Enregistrer le rapport mensuel</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved to %1: %2</source>
        <translation>Le rapport n&apos;a pas été enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current database is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Votre base actuelle est d&apos;abord sauvegardée&#xa0;: une restauration peut donc elle-même être annulée depuis cette liste.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Restore from a backup file kept somewhere else</source>
        <translation>Restaurer depuis une sauvegarde rangée ailleurs</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n sauvegarde dans %1</numerusform>
            <numerusform>%n sauvegardes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet. Goodwill makes one every day you use it and whenever you quit after changes.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Goodwill en fait une chaque jour d&apos;utilisation et chaque fois que vous quittez après des modifications.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Go back to the backup of %1 (%n case(s))?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>Revenir à la sauvegarde du %1 (%n dossier)&#xa0;?

Tout ce qui a été saisi après n&apos;apparaîtra plus. Votre base actuelle est d&apos;abord sauvegardée&#xa0;: vous pourrez y revenir depuis cette liste.</numerusform>
            <numerusform>Revenir à la sauvegarde du %1 (%n dossiers)&#xa0;?

Tout ce qui a été saisi après n&apos;apparaîtra plus. Votre base actuelle est d&apos;abord sauvegardée&#xa0;: vous pourrez y revenir depuis cette liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurer depuis un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Bases Goodwill (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore this file?</source>
        <translation>Restaurer ce fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Replace your database with %1?

Your current database is backed up first.</source>
        <translation>Remplacer votre base par %1&#xa0;?

Votre base actuelle est d&apos;abord sauvegardée.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: %1

Votre base n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>La base telle qu&apos;elle était est conservée sous %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message numerus="yes">
        <source>Your database now holds %n case(s) from the backup.</source>
        <translation>
            <numerusform>Votre base contient maintenant %n dossier issu de la sauvegarde.</numerusform>
            <numerusform>Votre base contient maintenant %n dossiers issus de la sauvegarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Base de données partagée</translation>
    </message>
    <message>
        <source>Several computers can keep one log on a PostgreSQL server: every desk sees the same cases, and the lists refresh within seconds when another desk saves. Without a shared database, Goodwill keeps the log in a file on this computer.</source>
        <translation>Plusieurs ordinateurs peuvent tenir un seul registre sur un serveur PostgreSQL : chaque poste voit les mêmes dossiers, et les listes se mettent à jour en quelques secondes quand un autre poste enregistre. Sans base partagée, Goodwill tient le registre dans un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>Adresse PostgreSQL</translation>
    </message>
    <message>
        <source>Password of the shared database</source>
        <translation>Mot de passe de la base partagée</translation>
    </message>
    <message>
        <source>Leave empty to use a .pgpass file</source>
        <translation>Laisser vide pour utiliser un fichier .pgpass</translation>
    </message>
    <message>
        <source>Staff name on this desk</source>
        <translation>Nom du personnel de ce poste</translation>
    </message>
    <message>
        <source>Who works at this computer</source>
        <translation>Qui travaille sur cet ordinateur</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>PostgreSQL address:</source>
        <translation>Adresse PostgreSQL :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Staff name on this desk:</source>
        <translation>Nom du personnel de ce poste :</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Ouvert actuellement : %1</translation>
    </message>
    <message>
        <source>The address is kept in this computer&apos;s settings for your user; its password goes to the system keyring (or, where there is none, a file only you can read), never into the settings. You may leave the password out of the address and keep it in a .pgpass file instead. A change of database takes effect the next time Goodwill starts.</source>
        <translation>L&apos;adresse est conservée dans les réglages de cet ordinateur pour votre compte ; son mot de passe va dans le trousseau du système (ou, à défaut, dans un fichier que vous seul pouvez lire), jamais dans les réglages. Vous pouvez aussi omettre le mot de passe et le garder dans un fichier .pgpass. Un changement de base prend effet au prochain démarrage de Goodwill.</translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation>Utiliser la base partagée</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Utiliser le fichier de cet ordinateur</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>A shared database address starts with postgresql:// (for example postgresql://user:password@host/dbname).</source>
        <translation>L&apos;adresse d&apos;une base partagée commence par postgresql:// (par exemple postgresql://utilisateur:motdepasse@serveur/base).</translation>
    </message>
    <message>
        <source>Goodwill opens the shared database %1 the next time it starts.</source>
        <translation>Goodwill ouvrira la base partagée %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Goodwill opens the file on this computer the next time it starts. The shared log stays on its server for the other desks.</source>
        <translation>Goodwill ouvrira le fichier de cet ordinateur au prochain démarrage. Le registre partagé reste sur son serveur pour les autres postes.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>owner</source>
        <translation>gérant</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>employé</translation>
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
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted cases are kept here for %1 days, then erased for good.</source>
        <translation>Les dossiers supprimés restent ici %1 jours, puis sont effacés définitivement.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <source>Deleted cases</source>
        <translation>Dossiers supprimés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Erase %1 for good, with its history, checklists, letters and files? This cannot be undone.</source>
        <translation>Effacer définitivement %1, avec son historique, ses listes, lettres et fichiers ? C&apos;est irréversible.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Bienvenue dans Goodwill</translation>
    </message>
    <message>
        <source>Every complaint, compliment, question and request your customers bring you, in one place on this computer. Log what just happened at the counter or on the phone, work each complaint through to a happy customer, and print a proper letter or a month-end report when you need one.</source>
        <translation>Toutes les réclamations, compliments, questions et demandes de vos clients, réunis sur cet ordinateur. Notez ce qui vient de se passer au comptoir ou au téléphone, traitez chaque réclamation jusqu&apos;à la satisfaction du client, et imprimez un vrai courrier ou un rapport de fin de mois quand vous en avez besoin.</translation>
    </message>
    <message>
        <source>Log your first case</source>
        <translation>Enregistrer votre premier dossier</translation>
    </message>
    <message>
        <source>Ctrl+N at any time</source>
        <translation>Ctrl+N à tout moment</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importer une feuille de calcul…</translation>
    </message>
    <message>
        <source>Bring in cases from a CSV file or an Excel or LibreOffice sheet</source>
        <translation>Reprendre des dossiers depuis un fichier CSV ou une feuille Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Charger des données de démonstration</translation>
    </message>
    <message>
        <source>Six months of a small café&apos;s cases, to look around first</source>
        <translation>Six mois de dossiers d&apos;un petit café, pour découvrir le logiciel</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Données de démonstration non chargées</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Données de démonstration chargées</translation>
    </message>
    <message numerus="yes">
        <source>Added %n case(s) from a small café. Have a look around.</source>
        <translation>
            <numerusform>%n dossier d&apos;un petit café a été ajouté. Faites le tour.</numerusform>
            <numerusform>%n dossiers d&apos;un petit café ont été ajoutés. Faites le tour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Due today</source>
        <translation>Échéances du jour</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <source>Open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Unignore</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Tout corriger</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Appliquer partout</translation>
    </message>
    <message>
        <source>Propagate</source>
        <translation>Propagation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Close again</source>
        <translation>Refermé</translation>
    </message>
    <message>
        <source>Ignores kept</source>
        <translation>Problèmes ignorés repris</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation>Modifier le segment %1</translation>
    </message>
    <message>
        <source>Apply “%1”</source>
        <translation>Appliquer « %1 »</translation>
    </message>
    <message>
        <source>Ignore issue</source>
        <translation>Ignorer le problème</translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>Accepter la modification</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>Refuser la modification</translation>
    </message>
    <message>
        <source>Accept all of %1</source>
        <translation>Tout accepter pour %1</translation>
    </message>
    <message>
        <source>Reject all of %1</source>
        <translation>Tout refuser pour %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Reopen issue</source>
        <translation>Rouvrir le problème</translation>
    </message>
    <message>
        <source>(no translation: omission?)</source>
        <translation>(pas de traduction : omission ?)</translation>
    </message>
    <message>
        <source>Checks are still running; try again when they finish.</source>
        <translation>Les contrôles sont en cours ; réessayez quand ils seront terminés.</translation>
    </message>
    <message>
        <source>Your change waits for the re-check and is applied as soon as it is in.</source>
        <translation>Votre modification attend la fin du nouveau contrôle ; elle sera appliquée dès qu’il sera terminé.</translation>
    </message>
    <message>
        <source>Merge segment %1 with the next</source>
        <translation>Fusionner le segment %1 avec le suivant</translation>
    </message>
    <message>
        <source>Split segment %1</source>
        <translation>Scinder le segment %1</translation>
    </message>
    <message>
        <source>Move the target of %1 to the previous segment</source>
        <translation>Déplacer la cible de %1 vers le segment précédent</translation>
    </message>
    <message>
        <source>Move the target of %1 to the next segment</source>
        <translation>Déplacer la cible de %1 vers le segment suivant</translation>
    </message>
    <message>
        <source>Move the source of %1 to the previous segment</source>
        <translation>Déplacer la source de %1 vers le segment précédent</translation>
    </message>
    <message>
        <source>Move the source of %1 to the next segment</source>
        <translation>Déplacer la source de %1 vers le segment suivant</translation>
    </message>
    <message numerus="yes">
        <source>Propagate to %n repetition(s)</source>
        <translation>
            <numerusform>Propager à %n répétition</numerusform>
            <numerusform>Propager à %n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also written into %n repetition(s) of this segment.</source>
        <translation>
            <numerusform>Écrit aussi dans %n répétition de ce segment.</numerusform>
            <numerusform>Écrit aussi dans %n répétitions de ce segment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” with “%2” (%n segment(s))</source>
        <translation>
            <numerusform>Remplacer « %1 » par « %2 » (%n segment)</numerusform>
            <numerusform>Remplacer « %1 » par « %2 » (%n segments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply “%1” to %n identical issue(s)</source>
        <translation>
            <numerusform>Appliquer « %1 » à %n problème identique</numerusform>
            <numerusform>Appliquer « %1 » à %n problèmes identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix all: %n place(s)</source>
        <translation>
            <numerusform>Tout corriger : %n endroit</numerusform>
            <numerusform>Tout corriger : %n endroits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Propagate segment %1 to %n repetition(s)</source>
        <translation>
            <numerusform>Propager le segment %1 à %n répétition</numerusform>
            <numerusform>Propager le segment %1 à %n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>Marquer %1 comme %2</translation>
    </message>
    <message>
        <source>This issue has no suggestion to apply.</source>
        <translation>Ce problème n’a pas de suggestion à appliquer.</translation>
    </message>
    <message>
        <source>Bilingual or text files (*.xlf *.xliff *.sdlxliff *.mqxliff *.tmx *.txt);;All files (*)</source>
        <translation>Fichiers bilingues ou texte (*.xlf *.xliff *.sdlxliff *.mqxliff *.tmx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Open a bilingual file, or a source and a target text</source>
        <translation>Ouvrir un fichier bilingue, ou un texte source et sa traduction</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>qa-desk projects (*.qadesk)</source>
        <translation>Projets qa-desk (*.qadesk)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Add a document to the project</source>
        <translation>Ajouter un document au projet</translation>
    </message>
    <message>
        <source>Saving waits for the re-check to finish.</source>
        <translation>L’enregistrement attend la fin du nouveau contrôle.</translation>
    </message>
    <message>
        <source>Saved as project %1; every decision is now saved as it is made.</source>
        <translation>Enregistré dans le projet %1 ; chaque décision est désormais enregistrée aussitôt prise.</translation>
    </message>
    <message>
        <source>Opening waits for the re-check to finish.</source>
        <translation>L’ouverture attend la fin du nouveau contrôle.</translation>
    </message>
    <message>
        <source>Open one bilingual file, or a source and a target text file.</source>
        <translation>Ouvrez un fichier bilingue, ou un fichier source et un fichier cible.</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Affichage de %1.</translation>
    </message>
    <message>
        <source>Open or create a project first: documents are added to a project.</source>
        <translation>Ouvrez ou créez d’abord un projet : les documents s’ajoutent à un projet.</translation>
    </message>
    <message>
        <source>A document is still loading; cancel it first.</source>
        <translation>Un document est encore en cours de chargement ; annulez-le d’abord.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading and aligning…</source>
        <translation>Lecture et alignement…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1… the first %n segment(s) are shown.</source>
        <translation>
            <numerusform>Lecture de %1… le premier segment est affiché.</numerusform>
            <numerusform>Lecture de %1… les %n premiers segments sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 segments…</source>
        <translation>Contrôle de %1 segments…</translation>
    </message>
    <message>
        <source>Loaded and checked in %1 s.</source>
        <translation>Chargé et contrôlé en %1 s.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Export corrected document</source>
        <translation>Exporter le document corrigé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for an editor's decision: the export and the report leave them out and score their issues as open.</source>
        <translation>
            <numerusform>%n modification attend la décision d’un relecteur : l’export et le rapport la laissent de côté et comptent ses problèmes comme ouverts.</numerusform>
            <numerusform>%n modifications attendent la décision d’un relecteur : l’export et le rapport les laissent de côté et comptent leurs problèmes comme ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept all and export</source>
        <translation>Tout accepter et exporter</translation>
    </message>
    <message>
        <source>Export without them</source>
        <translation>Exporter sans elles</translation>
    </message>
    <message>
        <source>The export waits for the re-check to finish.</source>
        <translation>L’export attend la fin du nouveau contrôle.</translation>
    </message>
    <message>
        <source>Exported %1 (%2, accepted changes only).</source>
        <translation>%1 exporté (%2, modifications acceptées seulement).</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s) left out.</source>
        <translation>
            <numerusform>%n modification en attente laissée de côté.</numerusform>
            <numerusform>%n modifications en attente laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export QA report</source>
        <translation>Exporter le rapport qualité</translation>
    </message>
    <message numerus="yes">
        <source>This review is not in a project yet: its %n edit(s) would be lost. Save it as a project?</source>
        <translation>
            <numerusform>Cette révision n’est pas encore dans un projet : sa modification serait perdue. L’enregistrer comme projet ?</numerusform>
            <numerusform>Cette révision n’est pas encore dans un projet : ses %n modifications seraient perdues. L’enregistrer comme projet ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as project…</source>
        <translation>Enregistrer comme projet…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Every decision is already saved in %1.</source>
        <translation>Chaque décision est déjà enregistrée dans %1.</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report waits for the re-check to finish.</source>
        <translation>Le rapport attend la fin du nouveau contrôle.</translation>
    </message>
    <message>
        <source>QA report written to %1.</source>
        <translation>Rapport qualité écrit dans %1.</translation>
    </message>
    <message>
        <source>Keep this review?</source>
        <translation>Conserver cette révision ?</translation>
    </message>
    <message>
        <source>Save as project</source>
        <translation>Enregistrer comme projet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>In this &amp;document</source>
        <translation>Dans ce &amp;document</translation>
    </message>
    <message>
        <source>In every document of the &amp;project</source>
        <translation>Dans tous les documents du &amp;projet</translation>
    </message>
    <message>
        <source>Save the review as a project first</source>
        <translation>Enregistrez d’abord la révision comme projet</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fausse alerte</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Tous les contrôles</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 ou plus grave</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;Group identical</source>
        <translation>&amp;Regrouper les identiques</translation>
    </message>
    <message>
        <source>One line for each set of identical open issues, fixed all at once</source>
        <translation>Une ligne par groupe de problèmes ouverts identiques, corrigés d’un coup</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>&amp;Apply suggestion</source>
        <translation>&amp;Appliquer la suggestion</translation>
    </message>
    <message>
        <source>Apply the chosen suggestion (Ctrl+Enter applies the first)</source>
        <translation>Appliquer la suggestion choisie (Ctrl+Entrée applique la première)</translation>
    </message>
    <message>
        <source>Apply the chosen suggestion to every identical open issue, or fix a document-wide issue everywhere (one undo step)</source>
        <translation>Appliquer la suggestion choisie à tous les problèmes ouverts identiques, ou corriger partout un problème de tout le document (une seule annulation)</translation>
    </message>
    <message>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorer…</translation>
    </message>
    <message>
        <source>Mark as a false positive</source>
        <translation>Marquer comme fausse alerte</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>The issue is not settled: open it again</source>
        <translation>Le problème n’est pas réglé : le rouvrir</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouverts</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an issue to see why it was flagged.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez un problème pour voir pourquoi il a été signalé.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Personne : %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message numerus="yes">
        <source>Throughout the document: %n place(s), in segments %1</source>
        <translation>
            <numerusform>Dans tout le document : %n endroit, segment %1</numerusform>
            <numerusform>Dans tout le document : %n endroits, segments %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Fix all (%n place(s))</source>
        <translation>
            <numerusform>&amp;Tout corriger (%n endroit)</numerusform>
            <numerusform>&amp;Tout corriger (%n endroits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to &amp;all %n identical</source>
        <translation>
            <numerusform>Appliquer aux %n &amp;identique</numerusform>
            <numerusform>Appliquer aux %n &amp;identiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a bilingual file, or a source and a target text (Ctrl+O).</source>
        <translation>Ouvrez un fichier bilingue, ou un texte source et sa traduction (Ctrl+O).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… the current step finishes first.</source>
        <translation>Annulation… l’étape en cours se termine d’abord.</translation>
    </message>
    <message>
        <source>qa-desk</source>
        <translation>qa-desk</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n changed segment(s)…</source>
        <translation>
            <numerusform>Contrôle de %n segment modifié…</numerusform>
            <numerusform>Contrôle de %n segments modifiés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) changed and shown; re-checking them: the issue counts are updating (undo, saving and exports wait for it).</source>
        <translation>
            <numerusform>%n segment modifié et affiché ; nouveau contrôle en cours : les comptes de problèmes se mettent à jour (annuler, enregistrer et exporter l’attendent).</numerusform>
            <numerusform>%n segments modifiés et affichés ; nouveau contrôle en cours : les comptes de problèmes se mettent à jour (annuler, enregistrer et exporter l’attendent).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues (updating…)</source>
        <translation>Problèmes (mise à jour…)</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation>
            <numerusform>%n problème ouvert</numerusform>
            <numerusform>%n problèmes ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing waits for the re-check to finish.</source>
        <translation>La fermeture attend la fin du nouveau contrôle.</translation>
    </message>
    <message>
        <source>No open issue.</source>
        <translation>Aucun problème ouvert.</translation>
    </message>
    <message>
        <source>No open issue left.</source>
        <translation>Plus aucun problème ouvert.</translation>
    </message>
    <message>
        <source>No suggestion to apply here.</source>
        <translation>Aucune suggestion à appliquer ici.</translation>
    </message>
    <message>
        <source>Select an ignored or fixed issue to reopen it.</source>
        <translation>Sélectionnez un problème ignoré ou corrigé pour le rouvrir.</translation>
    </message>
    <message>
        <source>No tracked change in this segment.</source>
        <translation>Aucune modification suivie dans ce segment.</translation>
    </message>
    <message>
        <source>No pending change.</source>
        <translation>Aucune modification en attente.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About qa-desk</source>
        <translation>À propos de qa-desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;qa-desk %1&lt;/b&gt;&lt;br&gt;Translation quality assurance for English → French news.</source>
        <translation>&lt;b&gt;qa-desk %1&lt;/b&gt;&lt;br&gt;Contrôle qualité des traductions de dépêches, de l’anglais vers le français.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create a project file; decisions are saved as they are made</source>
        <translation>Créer un fichier projet ; les décisions y sont enregistrées aussitôt prises</translation>
    </message>
    <message>
        <source>&amp;Save project…</source>
        <translation>&amp;Enregistrer le projet…</translation>
    </message>
    <message>
        <source>Keep the review in a project file (decisions are saved as they are made)</source>
        <translation>Garder la révision dans un fichier projet (les décisions sont enregistrées aussitôt prises)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Project &amp;documents</source>
        <translation>&amp;Documents du projet</translation>
    </message>
    <message>
        <source>&amp;Add document to project…</source>
        <translation>&amp;Ajouter un document au projet…</translation>
    </message>
    <message>
        <source>Read another file or text pair into the open project</source>
        <translation>Lire un autre fichier ou une autre paire de textes dans le projet ouvert</translation>
    </message>
    <message>
        <source>&amp;Export corrected</source>
        <translation>&amp;Exporter le document corrigé</translation>
    </message>
    <message>
        <source>XLIFF &amp;1.2…</source>
        <translation>XLIFF &amp;1.2…</translation>
    </message>
    <message>
        <source>XLIFF &amp;2.1…</source>
        <translation>XLIFF &amp;2.1…</translation>
    </message>
    <message>
        <source>&amp;Plain text…</source>
        <translation>&amp;Texte brut…</translation>
    </message>
    <message>
        <source>Export QA &amp;report</source>
        <translation>Exporter le &amp;rapport qualité</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>Classeur &amp;Excel…</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Edit target</source>
        <translation>&amp;Modifier la cible</translation>
    </message>
    <message>
        <source>&amp;Apply first suggestion</source>
        <translation>&amp;Appliquer la première suggestion</translation>
    </message>
    <message>
        <source>Apply to all identical / &amp;Fix all</source>
        <translation>Appliquer à tous les identiques / &amp;Tout corriger</translation>
    </message>
    <message>
        <source>Apply the suggestion to every identical open issue, or fix a document-wide issue everywhere, in one undo step</source>
        <translation>Appliquer la suggestion à tous les problèmes ouverts identiques, ou corriger partout un problème de tout le document, en une seule annulation</translation>
    </message>
    <message>
        <source>&amp;Ignore issue…</source>
        <translation>&amp;Ignorer le problème…</translation>
    </message>
    <message>
        <source>Mark the selected issue as a false positive</source>
        <translation>Marquer le problème choisi comme fausse alerte</translation>
    </message>
    <message>
        <source>Re&amp;open issue</source>
        <translation>R&amp;ouvrir le problème</translation>
    </message>
    <message>
        <source>Open an ignored or fixed issue again</source>
        <translation>Rouvrir un problème ignoré ou corrigé</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>Rechercher et &amp;remplacer…</translation>
    </message>
    <message>
        <source>Replace text across the targets (regular expression, case, whole word), one undo step</source>
        <translation>Remplacer du texte dans toutes les cibles (expression régulière, casse, mot entier), une seule annulation</translation>
    </message>
    <message>
        <source>&amp;Propagate to repetitions</source>
        <translation>&amp;Propager aux répétitions</translation>
    </message>
    <message>
        <source>Write this segment's target into every segment with the same source</source>
        <translation>Écrire la cible de ce segment dans tous les segments de même source</translation>
    </message>
    <message>
        <source>A&amp;lignment</source>
        <translation>A&amp;lignement</translation>
    </message>
    <message>
        <source>&amp;Merge with next segment</source>
        <translation>&amp;Fusionner avec le segment suivant</translation>
    </message>
    <message>
        <source>Join this segment's source and target with the next segment's</source>
        <translation>Joindre la source et la cible de ce segment à celles du segment suivant</translation>
    </message>
    <message>
        <source>&amp;Split segment…</source>
        <translation>&amp;Scinder le segment…</translation>
    </message>
    <message>
        <source>Move &amp;target to previous segment</source>
        <translation>Déplacer la &amp;cible vers le segment précédent</translation>
    </message>
    <message>
        <source>Move target to &amp;next segment</source>
        <translation>Déplacer la cible vers le segment &amp;suivant</translation>
    </message>
    <message>
        <source>Move s&amp;ource to previous segment</source>
        <translation>Déplacer la s&amp;ource vers le segment précédent</translation>
    </message>
    <message>
        <source>Move so&amp;urce to next segment</source>
        <translation>Déplacer la so&amp;urce vers le segment suivant</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Next issue</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous issue</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>Previous c&amp;hange</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Show segments</source>
        <translation>&amp;Afficher les segments</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>With &amp;open issues</source>
        <translation>Avec des problèmes &amp;ouverts</translation>
    </message>
    <message>
        <source>With &amp;pending changes</source>
        <translation>Avec des modifications en &amp;attente</translation>
    </message>
    <message>
        <source>&amp;Edited</source>
        <translation>&amp;Modifiés</translation>
    </message>
    <message>
        <source>Searc&amp;h the grid</source>
        <translation>C&amp;hercher dans la grille</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Editor mode (tracked changes)</source>
        <translation>Mode &amp;réviseur (modifications suivies)</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation>&amp;Accepter la modification</translation>
    </message>
    <message>
        <source>Re&amp;ject change</source>
        <translation>Re&amp;fuser la modification</translation>
    </message>
    <message>
        <source>Accept all of check</source>
        <translation>Tout accepter pour le contrôle</translation>
    </message>
    <message>
        <source>Reject all of check</source>
        <translation>Tout refuser pour le contrôle</translation>
    </message>
    <message>
        <source>Segment &amp;state</source>
        <translation>É&amp;tat du segment</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <source>&amp;Translated</source>
        <translation>&amp;Traduit</translation>
    </message>
    <message>
        <source>&amp;Reviewed</source>
        <translation>&amp;Relu</translation>
    </message>
    <message>
        <source>&amp;Signed off</source>
        <translation>&amp;Validé</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About qa-desk</source>
        <translation>À &amp;propos de qa-desk</translation>
    </message>
    <message>
        <source>Undo waits for the re-check to finish.</source>
        <translation>L’annulation attend la fin du nouveau contrôle.</translation>
    </message>
    <message>
        <source>Redo waits for the re-check to finish.</source>
        <translation>Le rétablissement attend la fin du nouveau contrôle.</translation>
    </message>
    <message>
        <source>(no pending change)</source>
        <translation>(aucune modification en attente)</translation>
    </message>
    <message>
        <source>hand edits</source>
        <translation>modifications à la main</translation>
    </message>
    <message>
        <source>every check</source>
        <translation>tous les contrôles</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Edit the target in the grid; Enter commits, Escape cancels</source>
        <translation>Modifier la cible dans la grille ; Entrée valide, Échap annule</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>A click on an underlined span selects that issue</source>
        <translation>Un clic sur un passage souligné sélectionne ce problème</translation>
    </message>
    <message>
        <source>Move between the grid and the panels</source>
        <translation>Passer de la grille aux panneaux</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeur</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouvert</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>traduit</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Correct in context</source>
        <translation>Correct dans le contexte</translation>
    </message>
    <message>
        <source>House style allows it</source>
        <translation>Admis par la charte maison</translation>
    </message>
    <message>
        <source>Quotation left as is</source>
        <translation>Citation laissée telle quelle</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>(spaces only)</source>
        <translation>(espaces seulement)</translation>
    </message>
    <message>
        <source>hand edit</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Source (anglais)</translation>
    </message>
    <message>
        <source>Target (French)</source>
        <translation>Cible (français)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>contrôle…</translation>
    </message>
    <message>
        <source>Segment %1, paragraph %2, link %3</source>
        <translation>Segment %1, paragraphe %2, lien %3</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>Dans le fichier : %1</translation>
    </message>
    <message>
        <source>Edited: the target differs from the file as read.</source>
        <translation>Modifié : la cible diffère du fichier lu.</translation>
    </message>
    <message>
        <source>Uncertain alignment (confidence %1): check that source and target match; Edit &gt; Alignment merges, splits or re-links.</source>
        <translation>Alignement incertain (confiance %1) : vérifiez que la source et la cible se correspondent ; Édition &gt; Alignement fusionne, scinde ou relie autrement.</translation>
    </message>
    <message>
        <source>Segment state: draft, translated, reviewed or signed off (Review &gt; Segment state); written to the file as its own state values.</source>
        <translation>État du segment : brouillon, traduit, relu ou validé (Révision &gt; État du segment) ; écrit dans le fichier avec ses propres valeurs d’état.</translation>
    </message>
    <message>
        <source>Suggestion: </source>
        <translation>Suggestion : </translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Indice : </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Gender set by a reviewer</source>
        <translation>Genre fixé par un réviseur</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Set gender: %1</source>
        <translation>Genre : %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Editor (tracked changes)</source>
        <translation>Réviseur (modifications suivies)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>built-in defaults</source>
        <translation>réglages par défaut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;House style profile:</source>
        <translation>Profil de &amp;charte maison :</translation>
    </message>
    <message>
        <source>&amp;Propagate hand edits to repeated segments</source>
        <translation>&amp;Propager les saisies manuelles aux segments répétés</translation>
    </message>
    <message>
        <source>A repetition that reads as the edited segment did takes the same text, in the same undo step</source>
        <translation>Une répétition qui se lisait comme le segment modifié prend le même texte, dans la même annulation</translation>
    </message>
    <message>
        <source>House style profile</source>
        <translation>Profil de charte maison</translation>
    </message>
    <message>
        <source>Profiles (*.toml);;All files (*)</source>
        <translation>Profils (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Scinder le segment</translation>
    </message>
    <message>
        <source>Put the cursor where the first half ends, in the source and in the target.</source>
        <translation>Placez le curseur là où finit la première moitié, dans la source et dans la cible.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Any check</source>
        <translation>Tout contrôle</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Chercher…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n segment(s)</source>
        <translation>
            <numerusform>%1 sur %n segment</numerusform>
            <numerusform>%1 sur %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par :</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Whole w&amp;ord</source>
        <translation>M&amp;ot entier</translation>
    </message>
    <message>
        <source>Only the segments &amp;shown</source>
        <translation>Seulement les segments &amp;affichés</translation>
    </message>
    <message>
        <source>Limit to the segments the grid's filter shows</source>
        <translation>Se limiter aux segments qu’affiche le filtre de la grille</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
</TS>
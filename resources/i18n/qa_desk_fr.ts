<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
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
        <source>(no translation: omission?)</source>
        <translation>(pas de traduction : omission ?)</translation>
    </message>
    <message>
        <source>Checks are still running; try again when they finish.</source>
        <translation>Les contrôles sont en cours ; réessayez quand ils seront terminés.</translation>
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
        <source>Saved as project %1; every decision is now saved as it is made.</source>
        <translation>Enregistré dans le projet %1 ; chaque décision est désormais enregistrée aussitôt prise.</translation>
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
    <message>
        <source>Exported %1 (%2, accepted changes only).</source>
        <translation>%1 exporté (%2, modifications acceptées seulement).</translation>
    </message>
    <message>
        <source>Export QA report</source>
        <translation>Exporter le rapport qualité</translation>
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
        <source>QA report written to %1.</source>
        <translation>Rapport qualité écrit dans %1.</translation>
    </message>
    <message>
        <source>Keep this review?</source>
        <translation>Conserver cette révision ?</translation>
    </message>
    <message>
        <source>This review is not in a project yet. Save it as a project?</source>
        <translation>Cette révision n’est pas encore dans un projet. L’enregistrer comme projet ?</translation>
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
        <source>Any status</source>
        <translation>Tous les états</translation>
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
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorer…</translation>
    </message>
    <message>
        <source>Mark as a false positive</source>
        <translation>Marquer comme fausse alerte</translation>
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
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoré : %1</translation>
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
    <message>
        <source>%1 segments · %2 open issues · %3 pending changes</source>
        <translation>%1 segments · %2 problèmes ouverts · %3 modifications en attente</translation>
    </message>
    <message>
        <source>No open issue.</source>
        <translation>Aucun problème ouvert.</translation>
    </message>
    <message>
        <source>No suggestion to apply here.</source>
        <translation>Aucune suggestion à appliquer ici.</translation>
    </message>
    <message>
        <source>No tracked change in this segment.</source>
        <translation>Aucune modification suivie dans ce segment.</translation>
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
        <source>&amp;Edit target</source>
        <translation>&amp;Modifier la cible</translation>
    </message>
    <message>
        <source>&amp;Apply first suggestion</source>
        <translation>&amp;Appliquer la première suggestion</translation>
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
        <source>1 issue</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%n issues</source>
        <translation>%n problèmes</translation>
    </message>
    <message>
        <source>Segment %1, paragraph %2, link %3</source>
        <translation>Segment %1, paragraphe %2, lien %3</translation>
    </message>
    <message>
        <source>Uncertain alignment (confidence %1): check that source and target match; Edit &gt; Alignment merges, splits or re-links.</source>
        <translation>Alignement incertain (confiance %1) : vérifiez que la source et la cible se correspondent ; Édition &gt; Alignement fusionne, scinde ou relie autrement.</translation>
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
</context>
</TS>
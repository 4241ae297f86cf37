"""Fill qa_desk_fr.ts with the French interface texts, then compile it (see README.md here).

Run after ``pyside6-lupdate`` has refreshed the .ts: every source text found in
FRENCH gets its translation; anything new stays "unfinished" and is listed.
French typography: narrow no-break space (U+202F) before ; ? ! and no-break
space (U+00A0) before : and inside « ».
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NNBSP, NBSP = "\u202f", "\u00a0"

FRENCH = {
    "Issues (updating…)": "Problèmes (mise à jour…)", "checking…": "contrôle…",
    "Undo waits for the re-check to finish.": "L’annulation attend la fin du nouveau contrôle.",
    "Redo waits for the re-check to finish.": "Le rétablissement attend la fin du nouveau contrôle.",
    "The export waits for the re-check to finish.": "L’export attend la fin du nouveau contrôle.",
    "The report waits for the re-check to finish.": "Le rapport attend la fin du nouveau contrôle.",
    "Saving waits for the re-check to finish.": "L’enregistrement attend la fin du nouveau contrôle.",
    "Your change waits for the re-check and is applied as soon as it is in.": "Votre modification attend la fin du nouveau contrôle ; elle sera appliquée dès qu’il sera terminé.",
    "Opening waits for the re-check to finish.": "L’ouverture attend la fin du nouveau contrôle.",
    "Closing waits for the re-check to finish.": "La fermeture attend la fin du nouveau contrôle.",
    "When": "Quand", "Who": "Qui", "Action": "Action", "Detail": "Détail",
    "Audit trail": "Journal des actions",
    "Edit segment %1": "Modifier le segment %1",
    "Apply “%1”": f"Appliquer «{NBSP}%1{NBSP}»",
    "Ignore issue": "Ignorer le problème",
    "Accept change": "Accepter la modification", "Reject change": "Refuser la modification",
    "Accept all of %1": "Tout accepter pour %1", "Reject all of %1": "Tout refuser pour %1",
    "automatic": "automatique", "Set %1 to %2": "%1 : %2".replace(" :", f"{NBSP}:"),
    "(no translation: omission?)": f"(pas de traduction{NBSP}: omission{NNBSP}?)",
    "Checks are still running; try again when they finish.":
        f"Les contrôles sont en cours{NNBSP}; réessayez quand ils seront terminés.",
    "This issue has no suggestion to apply.": "Ce problème n’a pas de suggestion à appliquer.",
    "Open a bilingual file, or a source and a target text":
        "Ouvrir un fichier bilingue, ou un texte source et sa traduction",
    "Open project": "Ouvrir un projet", "qa-desk projects (*.qadesk)": "Projets qa-desk (*.qadesk)",
    "New project": "Nouveau projet", "Add a document to the project": "Ajouter un document au projet",
    "Project &documents": "&Documents du projet", "&Add document to project…": "&Ajouter un document au projet…",
    "Read another file or text pair into the open project":
        "Lire un autre fichier ou une autre paire de textes dans le projet ouvert",
    "Open or create a project first: documents are added to a project.":
        f"Ouvrez ou créez d’abord un projet{NBSP}: les documents s’ajoutent à un projet.",
    "Showing %1.": "Affichage de %1.",
    "Saved as project %1; every decision is now saved as it is made.":
        f"Enregistré dans le projet %1{NNBSP}; chaque décision est désormais enregistrée aussitôt prise.",
    "Open one bilingual file, or a source and a target text file.":
        "Ouvrez un fichier bilingue, ou un fichier source et un fichier cible.",
    "A document is still loading; cancel it first.":
        f"Un document est encore en cours de chargement{NNBSP}; annulez-le d’abord.",
    "Reading %1…": "Lecture de %1…", "Reading and aligning…": "Lecture et alignement…",
    "Checking…": "Contrôle…", "Checking %1 segments…": "Contrôle de %1 segments…",
    "Loaded and checked in %1 s.": "Chargé et contrôlé en %1 s.",
    "Loading cancelled.": "Chargement annulé.",
    "Searching…": "Recherche…",
    "Export corrected document": "Exporter le document corrigé",
    "Exported %1 (%2, accepted changes only).": "%1 exporté (%2, modifications acceptées seulement).",
    "Export QA report": "Exporter le rapport qualité",
    "HTML (*.html)": "HTML (*.html)", "CSV (*.csv)": "CSV (*.csv)",
    "QA report written to %1.": "Rapport qualité écrit dans %1.",
    "Keep this review?": f"Conserver cette révision{NNBSP}?",
    "This review is not in a project yet. Save it as a project?":
        f"Cette révision n’est pas encore dans un projet. L’enregistrer comme projet{NNBSP}?",
    "Save as project": "Enregistrer comme projet",
    "<b>%1</b>: %2": f"<b>%1</b>{NBSP}: %2",
    "&Reason:": f"&Raison{NBSP}:",
    "In this &document": "Dans ce &document",
    "In every document of the &project": "Dans tous les documents du &projet",
    "Save the review as a project first": "Enregistrez d’abord la révision comme projet",
    "False positive": "Fausse alerte", "Correct in context": "Correct dans le contexte",
    "House style allows it": "Admis par la charte maison", "Quotation left as is": "Citation laissée telle quelle",
    "Issues": "Problèmes", "All checks": "Tous les contrôles", "All severities": "Toutes les gravités",
    "Any status": "Tous les états",
    "critical": "critique", "major": "majeur", "minor": "mineur", "info": "info",
    "open": "ouvert", "fixed": "corrigé", "ignored": "ignoré", "pending": "en attente",
    "accepted": "accepté", "rejected": "refusé",
    "&Apply suggestion": "&Appliquer la suggestion",
    "Apply the chosen suggestion (Ctrl+Enter applies the first)":
        "Appliquer la suggestion choisie (Ctrl+Entrée applique la première)",
    "I&gnore…": "I&gnorer…", "Mark as a false positive": "Marquer comme fausse alerte",
    "%1 shown of %2": "%1 affichés sur %2", "%1 open": "%1 ouverts",
    "<i>Select an issue to see why it was flagged.</i>":
        "<i>Choisissez un problème pour voir pourquoi il a été signalé.</i>",
    "Person: %1": f"Personne{NBSP}: %1", "Ignored: %1": f"Ignoré{NBSP}: %1", "segment %1": "segment %1",
    "Open a bilingual file, or a source and a target text (Ctrl+O).":
        "Ouvrez un fichier bilingue, ou un texte source et sa traduction (Ctrl+O).",
    "Cancel": "Annuler", "Cancelling… the current step finishes first.": "Annulation… l’étape en cours se termine d’abord.",
    "qa-desk": "qa-desk", "Editor": "Réviseur", "Translator": "Traducteur",
    "%1 segments · %2 open issues · %3 pending changes":
        "%1 segments · %2 problèmes ouverts · %3 modifications en attente",
    "No open issue.": "Aucun problème ouvert.", "No suggestion to apply here.": "Aucune suggestion à appliquer ici.",
    "No tracked change in this segment.": "Aucune modification suivie dans ce segment.",
    "Keyboard shortcuts": "Raccourcis clavier", "About qa-desk": "À propos de qa-desk",
    "<b>qa-desk %1</b><br>Translation quality assurance for English → French news.":
        "<b>qa-desk %1</b><br>Contrôle qualité des traductions de dépêches, de l’anglais vers le français.",
    "&File": "&Fichier", "&Open…": "&Ouvrir…", "Open &project…": "Ouvrir un &projet…",
    "&New project…": "&Nouveau projet…",
    "Create a project file; decisions are saved as they are made":
        f"Créer un fichier projet{NNBSP}; les décisions y sont enregistrées aussitôt prises",
    "&Recent files": "Fichiers &récents", "&Export corrected": "&Exporter le document corrigé",
    "XLIFF &1.2…": "XLIFF &1.2…", "XLIFF &2.1…": "XLIFF &2.1…", "&Plain text…": "&Texte brut…",
    "Export QA &report": "Exporter le &rapport qualité", "&HTML…": "&HTML…", "&CSV…": "&CSV…",
    "&Quit": "&Quitter", "&Edit": "É&dition", "&Undo": "&Annuler", "&Redo": "&Rétablir",
    "&Edit target": "&Modifier la cible", "&Apply first suggestion": "&Appliquer la première suggestion",
    "&Ignore issue…": "&Ignorer le problème…",
    "Mark the selected issue as a false positive": "Marquer le problème choisi comme fausse alerte",
    "&Preferences…": "&Préférences…", "&View": "&Affichage", "&Next issue": "Problème &suivant",
    "&Previous issue": "Problème &précédent", "&Review": "&Révision",
    "&Editor mode (tracked changes)": "Mode &réviseur (modifications suivies)",
    "&Accept change": "&Accepter la modification", "Re&ject change": "Re&fuser la modification",
    "Accept all of check": "Tout accepter pour le contrôle", "Reject all of check": "Tout refuser pour le contrôle",
    "&Help": "Ai&de", "&Keyboard shortcuts": "&Raccourcis clavier", "&About qa-desk": "À &propos de qa-desk",
    "(no pending change)": "(aucune modification en attente)", "hand edits": "modifications à la main",
    "every check": "tous les contrôles", "&Clear list": "&Vider la liste",
    "Edit the target in the grid; Enter commits, Escape cancels":
        f"Modifier la cible dans la grille{NNBSP}; Entrée valide, Échap annule",
    "Move between the grid and the panels": "Passer de la grille aux panneaux",
    "#": "N°", "Source (English)": "Source (anglais)", "Target (French)": "Cible (français)",
    "Status": "État", "1 issue": "1 problème", "%n issues": "%n problèmes",
    "Segment %1, paragraph %2, link %3": "Segment %1, paragraphe %2, lien %3",
    "Suggestion: ": f"Suggestion{NBSP}: ", "Evidence: ": f"Indice{NBSP}: ",
    "Severity": "Gravité", "Check": "Contrôle", "Text": "Texte", "Message": "Message",
    "female": "féminin", "male": "masculin", "unknown": "inconnu",
    "Person": "Personne", "Gender": "Genre", "Evidence": "Indices",
    "Gender set by a reviewer": "Genre fixé par un réviseur", "People": "Personnes",
    "Set gender: %1": f"Genre{NBSP}: %1", "Preferences": "Préférences",
    "&User name:": f"Nom d’&utilisateur{NBSP}:",
    "Editor (tracked changes)": "Réviseur (modifications suivies)", "&Role:": f"&Rôle{NBSP}:",
    "System language": "Langue du système", "&Language:": f"&Langue{NBSP}:",
    "A new language applies at the next start.": "Une nouvelle langue s’applique au prochain démarrage.",
    "built-in defaults": "réglages par défaut", "&Browse…": "&Parcourir…",
    "&House style profile:": f"Profil de &charte maison{NBSP}:", "House style profile": "Profil de charte maison",
    "Profiles (*.toml);;All files (*)": "Profils (*.toml);;Tous les fichiers (*)",
    "Bilingual or text files (*.xlf *.xliff *.sdlxliff *.mqxliff *.tmx *.txt);;All files (*)":
        "Fichiers bilingues ou texte (*.xlf *.xliff *.sdlxliff *.mqxliff *.tmx *.txt);;Tous les fichiers (*)",
    "Plain text (*.txt)": "Texte brut (*.txt)",
    "A&lignment": "A&lignement",
    "&Merge with next segment": "&Fusionner avec le segment suivant",
    "Join this segment's source and target with the next segment's":
        "Joindre la source et la cible de ce segment à celles du segment suivant",
    "&Split segment…": "&Scinder le segment…",
    "Move &target to previous segment": "Déplacer la &cible vers le segment précédent",
    "Move target to &next segment": "Déplacer la cible vers le segment &suivant",
    "Move s&ource to previous segment": "Déplacer la s&ource vers le segment précédent",
    "Move so&urce to next segment": "Déplacer la so&urce vers le segment suivant",
    "Merge segment %1 with the next": "Fusionner le segment %1 avec le suivant",
    "Split segment %1": "Scinder le segment %1",
    "Move the target of %1 to the previous segment": "Déplacer la cible de %1 vers le segment précédent",
    "Move the target of %1 to the next segment": "Déplacer la cible de %1 vers le segment suivant",
    "Move the source of %1 to the previous segment": "Déplacer la source de %1 vers le segment précédent",
    "Move the source of %1 to the next segment": "Déplacer la source de %1 vers le segment suivant",
    "Split segment": "Scinder le segment",
    "Put the cursor where the first half ends, in the source and in the target.":
        "Placez le curseur là où finit la première moitié, dans la source et dans la cible.",
    "Source": "Source", "Target": "Cible",
    "Uncertain alignment (confidence %1): check that source and target match; Edit > Alignment merges, splits or re-links.":
        f"Alignement incertain (confiance %1){NBSP}: vérifiez que la source et la cible se correspondent{NNBSP}; "
        "Édition > Alignement fusionne, scinde ou relie autrement.",
}

# Issue 16: bulk work, filters, the editor's workflow, projects.
FRENCH.update({
    # audit trail actions
    "Open": "Ouverture", "Reopen": "Réouverture", "Edit": "Modification", "Apply": "Application",
    "Ignore": "Ignoré", "Unignore": "Réactivé", "Decide": "Décision", "Export": "Export",
    "Report": "Rapport", "Save as": "Enregistrement", "Replace": "Remplacement", "Fix all": "Tout corriger",
    "Apply to all": "Appliquer partout", "Propagate": "Propagation", "State": "État",
    "Close again": "Refermé", "Ignores kept": "Problèmes ignorés repris", "Undo": "Annulation",
    "Reopen issue": "Rouvrir le problème",
    "Nothing to change.": "Rien à modifier.",
    "Mark %1 %2": "Marquer %1 comme %2",
    "Accept all and export": "Tout accepter et exporter",
    "Export without them": "Exporter sans elles",
    "Excel workbook (*.xlsx)": "Classeur Excel (*.xlsx)",
    "Save as project…": "Enregistrer comme projet…",
    "Discard": "Abandonner",
    "Every decision is already saved in %1.": "Chaque décision est déjà enregistrée dans %1.",
    "%1 or above": "%1 ou plus grave",
    "&Group identical": "&Regrouper les identiques",
    "One line for each set of identical open issues, fixed all at once":
        "Une ligne par groupe de problèmes ouverts identiques, corrigés d’un coup",
    "Apply the chosen suggestion to every identical open issue, or fix a document-wide issue everywhere "
    "(one undo step)":
        "Appliquer la suggestion choisie à tous les problèmes ouverts identiques, ou corriger partout un "
        "problème de tout le document (une seule annulation)",
    "Re&open": "R&ouvrir",
    "The issue is not settled: open it again": f"Le problème n’est pas réglé{NBSP}: le rouvrir",
    "not saved": "non enregistré",
    "No open issue left.": "Plus aucun problème ouvert.",
    "Select an ignored or fixed issue to reopen it.": "Sélectionnez un problème ignoré ou corrigé pour le rouvrir.",
    "No pending change.": "Aucune modification en attente.",
    "&Save project…": "&Enregistrer le projet…",
    "Keep the review in a project file (decisions are saved as they are made)":
        "Garder la révision dans un fichier projet (les décisions sont enregistrées aussitôt prises)",
    "&Excel workbook…": "Classeur &Excel…",
    "&Undo %1": "&Annuler %1", "&Redo %1": "&Rétablir %1",
    "Apply to all identical / &Fix all": "Appliquer à tous les identiques / &Tout corriger",
    "Apply the suggestion to every identical open issue, or fix a document-wide issue everywhere, in one undo step":
        "Appliquer la suggestion à tous les problèmes ouverts identiques, ou corriger partout un problème de "
        "tout le document, en une seule annulation",
    "Re&open issue": "R&ouvrir le problème",
    "Open an ignored or fixed issue again": "Rouvrir un problème ignoré ou corrigé",
    "Find and &replace…": "Rechercher et &remplacer…",
    "Replace text across the targets (regular expression, case, whole word), one undo step":
        "Remplacer du texte dans toutes les cibles (expression régulière, casse, mot entier), une seule annulation",
    "&Propagate to repetitions": "&Propager aux répétitions",
    "Write this segment's target into every segment with the same source":
        "Écrire la cible de ce segment dans tous les segments de même source",
    "Next &change": "Modification &suivante", "Previous c&hange": "Modification &précédente",
    "&Show segments": "&Afficher les segments", "&All": "&Tous", "With &open issues": "Avec des problèmes &ouverts",
    "With &pending changes": "Avec des modifications en &attente", "&Edited": "&Modifiés",
    "Searc&h the grid": "C&hercher dans la grille",
    "Segment &state": "É&tat du segment", "&Draft": "&Brouillon", "&Translated": "&Traduit",
    "&Reviewed": "&Relu", "&Signed off": "&Validé",
    "Click": "Clic", "A click on an underlined span selects that issue":
        "Un clic sur un passage souligné sélectionne ce problème",
    "reopened": "rouvert", "draft": "brouillon", "translated": "traduit", "reviewed": "relu",
    "signed off": "validé", "edited": "modifié",
    "Change": "Modification", "By": "Par", "(spaces only)": "(espaces seulement)", "hand edit": "saisie manuelle",
    "Pending changes": "Modifications en attente", "&Accept": "&Accepter", "&Reject": "&Refuser",
    "In the file: %1": f"Dans le fichier{NBSP}: %1",
    "Edited: the target differs from the file as read.": f"Modifié{NBSP}: la cible diffère du fichier lu.",
    "Segment state: draft, translated, reviewed or signed off (Review > Segment state); written to the file as "
    "its own state values.":
        f"État du segment{NBSP}: brouillon, traduit, relu ou validé (Révision > État du segment){NNBSP}; écrit "
        "dans le fichier avec ses propres valeurs d’état.",
    "&Propagate hand edits to repeated segments": "&Propager les saisies manuelles aux segments répétés",
    "A repetition that reads as the edited segment did takes the same text, in the same undo step":
        "Une répétition qui se lisait comme le segment modifié prend le même texte, dans la même annulation",
    "Any check": "Tout contrôle", "Search…": "Chercher…", "Show all": "Tout afficher",
    "Show:": f"Afficher{NBSP}:",
    "Find and replace": "Rechercher et remplacer", "&Find:": f"&Rechercher{NBSP}:",
    "Replace &with:": f"Remplacer &par{NBSP}:", "Regular e&xpression": "E&xpression régulière",
    "Match &case": "Respecter la &casse", "Whole w&ord": "M&ot entier",
    "Only the segments &shown": "Seulement les segments &affichés",
    "Limit to the segments the grid's filter shows": "Se limiter aux segments qu’affiche le filtre de la grille",
    "Now": "Avant", "After": "Après", "Find &next": "&Suivant", "Replace &all": "Remplacer &tout",
    "Close": "Fermer",
})

# Plural forms (French: one form for 0 and 1, one for more), "%n" is the count.
PLURALS = {
    "%n segment(s) changed and shown; re-checking them: the issue counts are updating (undo, saving and exports "
    "wait for it).":
        ("%n segment modifié et affiché ; nouveau contrôle en cours : les comptes de problèmes se mettent à jour "
         "(annuler, enregistrer et exporter l’attendent).".replace(" ;", "\u202f;").replace(" :", "\u00a0:"),
         "%n segments modifiés et affichés ; nouveau contrôle en cours : les comptes de problèmes se mettent à jour "
         "(annuler, enregistrer et exporter l’attendent).".replace(" ;", "\u202f;").replace(" :", "\u00a0:")),
    "Reading %1… the first %n segment(s) are shown.":
        ("Lecture de %1… le premier segment est affiché.", "Lecture de %1… les %n premiers segments sont affichés."),
    "Propagate to %n repetition(s)": ("Propager à %n répétition", "Propager à %n répétitions"),
    "Also written into %n repetition(s) of this segment.":
        ("Écrit aussi dans %n répétition de ce segment.", "Écrit aussi dans %n répétitions de ce segment."),
    "Replace “%1” with “%2” (%n segment(s))":
        (f"Remplacer «{NBSP}%1{NBSP}» par «{NBSP}%2{NBSP}» (%n segment)",
         f"Remplacer «{NBSP}%1{NBSP}» par «{NBSP}%2{NBSP}» (%n segments)"),
    "Apply “%1” to %n identical issue(s)":
        (f"Appliquer «{NBSP}%1{NBSP}» à %n problème identique", f"Appliquer «{NBSP}%1{NBSP}» à %n problèmes identiques"),
    "Fix all: %n place(s)": (f"Tout corriger{NBSP}: %n endroit", f"Tout corriger{NBSP}: %n endroits"),
    "Propagate segment %1 to %n repetition(s)":
        ("Propager le segment %1 à %n répétition", "Propager le segment %1 à %n répétitions"),
    "%n change(s) wait for an editor's decision: the export and the report leave them out and score their issues "
    "as open.":
        (f"%n modification attend la décision d’un relecteur{NBSP}: l’export et le rapport la laissent de côté et "
         "comptent ses problèmes comme ouverts.",
         f"%n modifications attendent la décision d’un relecteur{NBSP}: l’export et le rapport les laissent de côté "
         "et comptent leurs problèmes comme ouverts."),
    "%n pending change(s) left out.": ("%n modification en attente laissée de côté.",
                                       "%n modifications en attente laissées de côté."),
    "This review is not in a project yet: its %n edit(s) would be lost. Save it as a project?":
        (f"Cette révision n’est pas encore dans un projet{NBSP}: sa modification serait perdue. "
         f"L’enregistrer comme projet{NNBSP}?",
         f"Cette révision n’est pas encore dans un projet{NBSP}: ses %n modifications seraient perdues. "
         f"L’enregistrer comme projet{NNBSP}?"),
    "Throughout the document: %n place(s), in segments %1":
        (f"Dans tout le document{NBSP}: %n endroit, segment %1", f"Dans tout le document{NBSP}: %n endroits, segments %1"),
    "&Fix all (%n place(s))": ("&Tout corriger (%n endroit)", "&Tout corriger (%n endroits)"),
    "Apply to &all %n identical": ("Appliquer aux %n &identique", "Appliquer aux %n &identiques"),
    "Checking %n changed segment(s)…": ("Contrôle de %n segment modifié…", "Contrôle de %n segments modifiés…"),
    "%n open issue(s)": ("%n problème ouvert", "%n problèmes ouverts"),
    "%n issue(s)": ("%n problème", "%n problèmes"),
    "%n pending change(s)": ("%n modification en attente", "%n modifications en attente"),
    "%n segment(s)": ("%n segment", "%n segments"),
    "%1 of %n segment(s)": ("%1 sur %n segment", "%1 sur %n segments"),
    "%n match(es)": ("%n occurrence", "%n occurrences"),
}


def fill(ts_path: Path) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes" and source in PLURALS:
            for form, text in zip(translation.findall("numerusform"), PLURALS[source]):
                form.text = text
            translation.attrib.pop("type", None)
        elif source in FRENCH and message.get("numerus") != "yes":
            translation.text = FRENCH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    left = fill(here / "qa_desk_fr.ts")
    for source in left:
        print(f"untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if left else 0)

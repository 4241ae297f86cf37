"""Whole-chain fixes: a wrong-gender French sentence fixed by the gender check becomes exactly the
right one, and the right one is left alone (sentences written for these tests)."""
import pytest

from qa_desk.engine import apply_suggestions, fix_in_passes, run_checks
from qa_desk.model import BilingualDocument, Content, Segment

CASES = [
    # a stressed pronoun in a coordinated subject: the masculine is "lui", not "il"
    ("He and his two brothers were arrested in Lyon in 1943.",
     "Elle et ses deux frères furent arrêtés à Lyon en 1943.",
     "Lui et ses deux frères furent arrêtés à Lyon en 1943."),
    ("The mayor said that she and Duval had never met.",
     "Le maire a dit que Duval et lui ne s'étaient jamais rencontrés.",
     None),  # the mayor is "she": only "lui" changes, checked below
    ("Kowalski said that he and Duval had never agreed on taxes.",
     "Kowalski a dit que Duval et elle avaient toujours été en désaccord sur les impôts.",
     "Kowalski a dit que Duval et lui avaient toujours été en désaccord sur les impôts."),
    ("He, too, had trouble with the tax office.",
     "Il avait, elle aussi, des ennuis avec le fisc.",
     "Il avait, lui aussi, des ennuis avec le fisc."),
    # a superlative with no noun after the copula agrees with the subject
    ("She is the eldest of six children.",
     "Elle est le plus âgé d'une fratrie de six.",
     "Elle est la plus âgée d'une fratrie de six."),
    ("He was the most talented of the group.",
     "Il était la plus douée du groupe.",
     "Il était le plus doué du groupe."),
    # a noun of a sex inside the person's span is fixed with the person's words, not left behind
    ("He studied at a school for boys in Leeds and was hired as a waiter.",
     "Elle a étudié dans une école pour filles à Leeds et a été embauchée comme serveuse.",
     "Il a étudié dans une école pour garçons à Leeds et a été embauché comme serveur."),
    # an English word of a sex kept in a French name must be the source's own
    ("She attended the Leeds School for Girls and later taught there.",
     "Il a fréquenté la Leeds School for Boys et y a ensuite enseigné.",
     "Elle a fréquenté la Leeds School for Girls et y a ensuite enseigné."),
    # an English object "them" is no subject the French il/elle may translate
    ("She wrote the long letters which she later copied in the evenings, sending them to old friends in Rome.",
     "Il écrivit les longues lettres qu'il recopia plus tard le soir, qu'il envoya à de vieux amis à Rome.",
     "Elle écrivit les longues lettres qu'elle recopia plus tard le soir, qu'elle envoya à de vieux amis à Rome."),
    # a French il/elle where the English has the person's possessive is the person's, after a thing's noun
    ("The fact that the campaign she led sold out so fast speaks volumes for her public support.",
     "Le fait que la campagne qu'il a menée se soit vendue si vite en dit long sur le soutien qu'il reçoit du public.",
     "Le fait que la campagne qu'elle a menée se soit vendue si vite en dit long sur le soutien qu'elle reçoit du public."),
    # "en cheffe" goes with the role noun; roles joined by a slash agree together
    ("He is the chief editor of the local paper.",
     "Elle est la rédactrice en cheffe du journal local.",
     "Il est le rédacteur en chef du journal local."),
    ("He also made two films as a writer/director.",
     "Elle fit aussi deux films en tant qu'autrice/réalisatrice.",
     "Il fit aussi deux films en tant qu'auteur/réalisateur."),
    # English nouns of a sex behind "great-", and feminines in -ess; French compounds of kinship
    ("Her great-aunts had moved to Lyon before the war.",
     "Ses grands-oncles avaient déménagé à Lyon avant la guerre.",
     "Ses grands-tantes avaient déménagé à Lyon avant la guerre."),
    ("The priestess lived at the old temple.",
     "Le prêtre vivait dans le vieux temple.",
     "La prêtresse vivait dans le vieux temple."),
    # "l'une des premières à": with no noun after it, the group's adjective is the person's
    ("He was one of the first to arrive in the valley.",
     "Elle fut l'une des premières à arriver dans la vallée.",
     "Il fut l'un des premiers à arriver dans la vallée."),
    ("She was one of the first to settle in the valley.",
     "Il fut l'un des premiers à s'installer dans la vallée.",
     "Elle fut l'une des premières à s'installer dans la vallée."),
    # an infinitive être after de/à/sans has the clause's subject: its participle and attribute agree
    ("She had promised to be present at the opening.",
     "Il avait promis d'être présent à l'inauguration.",
     "Elle avait promis d'être présente à l'inauguration."),
    ("She left without being seen.", "Il est parti sans être vu.", "Elle est partie sans être vue."),
    ("He soon won the reputation of being one of the best writers in the west.",
     "Elle gagna vite la réputation d'être l'une des meilleures auteures de l'ouest.",
     "Il gagna vite la réputation d'être l'un des meilleurs auteurs de l'ouest."),
    # ... but not when someone else stands between who may be the infinitive's subject
    ("He asked the judge to be lenient.",
     "Elle a demandé à la juge d'être clémente.",
     "Il a demandé à la juge d'être clémente."),
    ("He allowed the team to be selected.",
     "Elle a permis à l'équipe d'être sélectionnée.",
     "Il a permis à l'équipe d'être sélectionnée."),
    # a French role noun cognate with the English one is its rendering, whatever the word tables give
    ("The comedian was famous for her jokes.",
     "Le comédien était célèbre pour ses blagues.",
     "La comédienne était célèbre pour ses blagues."),
    # "il y" before a verb other than avoir is someone doing something there
    ("There, she published essays as part of the museum staff.",
     "Il y publiait des essais en tant qu'employé du musée.",
     "Elle y publiait des essais en tant qu'employée du musée."),
    # "s'identifia comme la porte-parole": a role phrase after a verb of self-description is the subject's
    ("In 2003, Griffin protested the war, and identified himself as a spokesman for the coalition.",
     "En 2003, Griffin protesta contre la guerre, et s'identifia comme la porte-parole de la coalition.",
     "En 2003, Griffin protesta contre la guerre, et s'identifia comme le porte-parole de la coalition."),
    ("She presented herself as a candidate.", "Il se présenta comme un candidat.", "Elle se présenta comme une candidate."),
    # ... but a thing the person is likened to keeps its gender
    ("In his youth he was considered the flower of the nobility.",
     "Dans sa jeunesse, elle fut considérée comme la fine fleur de la noblesse.",
     "Dans sa jeunesse, il fut considéré comme la fine fleur de la noblesse."),
    # an object clitic before a finite verb or a present participle
    ("His coach retired in 2004, forcing him to look for a new club.",
     "Son entraîneur prit sa retraite en 2004, la forçant à chercher un nouveau club.",
     "Son entraîneur prit sa retraite en 2004, le forçant à chercher un nouveau club."),
    pytest.param("The criticism did not discourage her; she applied again.",
                 "Les critiques ne le découragèrent pas ; elle postula de nouveau.",
                 "Les critiques ne la découragèrent pas ; elle postula de nouveau.",
                 marks=pytest.mark.xfail(strict=True, reason="a clitic is tied only near the place of the "
                                                             "English him/her, and French puts it earlier")),
    # a participle the lexicon also lists as invariable still agrees after être
    ("She died in Nantes in 1931.", "Il est décédé à Nantes en 1931.", "Elle est décédée à Nantes en 1931."),
    # an elle is never impersonal, and "il y a" + participle is a man doing something there
    ("She planted an orchard there and also rebuilt the mill.",
     "Il y a planté un verger et a également reconstruit le moulin.",
     "Elle y a planté un verger et a également reconstruit le moulin."),
    ("He found the house empty.", "Elle y a trouvé la maison vide.", "Il y a trouvé la maison vide."),
    # the object of a passive naming verb, and the office "of" a role, are the subject's
    ("Two years later, she was ordained a deacon.",
     "Deux ans plus tard, il fut ordonné diacre.",
     "Deux ans plus tard, elle fut ordonnée diacre."),
    ("In 2011 she took up the post of deputy director of the museum.",
     "En 2011, il prit le poste de directeur adjoint du musée.",
     "En 2011, elle prit le poste de directrice adjointe du musée."),
    # participles coordinated after one that is also a person noun ("accusée")
    ("In 2003 she was charged and convicted of fraud.",
     "En 2003, elle fut accusée et condamné pour fraude.",
     "En 2003, elle fut accusée et condamnée pour fraude."),
    # a role held "en tant que": an epicene noun, then its adjective
    ("In 1980 he set up as a freelance goldsmith in Lille.",
     "En 1980, il s'installa en tant qu'orfèvre indépendante à Lille.",
     "En 1980, il s'installa en tant qu'orfèvre indépendant à Lille."),
    # a swapped noun's adjectives before it, with no determiner or a plural one, and "nouvel"
    ("The Romans gave him the title of petty king.",
     "Les Romains lui donnèrent le titre de petite reine.",
     "Les Romains lui donnèrent le titre de petit roi."),
    ("The little boys were playing in the yard.",
     "Les petites filles jouaient dans la cour.",
     "Les petits garçons jouaient dans la cour."),
    ("The council met to choose a new emperor.",
     "Le conseil se réunit pour choisir une nouvelle impératrice.",
     "Le conseil se réunit pour choisir un nouvel empereur."),
    # role nouns whose English says the sex ("policemen", "stepbrothers")
    ("The mayor praised the policemen who rescued the child.",
     "Le maire a salué les policières qui ont sauvé l'enfant.",
     "Le maire a salué les policiers qui ont sauvé l'enfant."),
    ("He stayed home while his stepbrothers went to college.",
     "Il est resté à la maison tandis que ses demi-sœurs allaient à l'université.",
     "Il est resté à la maison tandis que ses demi-frères allaient à l'université."),
    # an English "it" that is an object ("finding it hard") is no place for a French il, and "a
    # pilot's licence" names no one
    ("While she could once run for hours, she is finding it harder every year, which worries her.",
     "Si autrefois elle pouvait courir des heures, il trouve cela plus difficile chaque année, ce qui l'inquiète.",
     "Si autrefois elle pouvait courir des heures, elle trouve cela plus difficile chaque année, ce qui l'inquiète."),
    ("She also held a pilot's licence and in 1941 she joined the navy.",
     "Elle avait aussi une licence de pilote et, en 1941, il rejoignit la marine.",
     "Elle avait aussi une licence de pilote et, en 1941, elle rejoignit la marine."),
    # an adverb between a determiner or a noun and its adjective stays; the adjective changes
    ("Her aunt was a very generous woman.",
     "Son oncle était un homme très généreux.",
     "Sa tante était une femme très généreuse."),
    # the group's "l'une d'entre elles" later, and "une des filles est" (the verb is the one's)
    ("She had three brothers, one of whom later became a pilot.",
     "Elle avait trois sœurs, dont l'une d'entre elles est plus tard devenue pilote.",
     "Elle avait trois frères, dont l'un d'entre eux est plus tard devenu pilote."),
    ("One son had died in infancy.", "Une des filles était morte en bas âge.",
     "Un des fils était mort en bas âge."),
    # "toutes les" before a swapped plural noun
    ("All the boys of the village came to the fair.",
     "Toutes les filles du village sont venues à la foire.",
     "Tous les garçons du village sont venus à la foire."),
    # role nouns and adjectives listed after the first attribute
    ("He is a singer, actor and dancer.", "Il est chanteur, acteur et danseuse.", "Il est chanteur, acteur et danseur."),
    ("She is a historian, writer and translator.", "Elle est historienne, écrivaine et traducteur.",
     "Elle est historienne, écrivaine et traductrice."),
    # a participle coordinated after a complement in "en": it agrees; a gerund's object does not
    ("In 1952 she was tried by court martial and sentenced to two years.",
     "En 1952, elle fut jugé en cour martiale et condamné à deux ans.",
     "En 1952, elle fut jugée en cour martiale et condamnée à deux ans."),
    ("She defended herself by urging Poles and Germans to talk.",
     "Elle s'est défendue en invitant Polonais et Allemands à se parler.",
     "Elle s'est défendue en invitant Polonais et Allemands à se parler."),
    # a fronted "she" is the woman the main clause's "her" names, not its subject; "le faire" is "do it"
    ("When she suggested it, Okonjo agreed and hired her to do the job.",
     "Quand il l'a suggéré, Okonjo a accepté et l'a engagé pour le faire.",
     "Quand elle l'a suggéré, Okonjo a accepté et l'a engagée pour le faire."),
    # a date after a reflexive participle is no direct object
    ("She first enlisted on June 9, 1868 as a drummer.",
     "Il s'est d'abord engagé le 9 juin 1868 comme tambour.",
     "Elle s'est d'abord engagée le 9 juin 1868 comme tambour."),
    # an English object pronoun the French says after a preposition
    ("The minister dropped her in September 1986.",
     "Le ministre se débarrassa de lui en septembre 1986.",
     "Le ministre se débarrassa d'elle en septembre 1986."),
    # faire before an infinitive stays as it is
    ("The taunts brought her close to a breakdown, leaving her feeling miserable.",
     "Les moqueries l'ont conduit au bord d'une dépression qui l'a fait se sentir misérable.",
     "Les moqueries l'ont conduite au bord d'une dépression qui l'a fait se sentir misérable."),
    # role nouns listed with their determiners after a predicate, up to a new subject
    ("She was the president and the treasurer of the club.",
     "Il était le président et le trésorier du club.",
     "Elle était la présidente et la trésorière du club."),
    ("She is the author and the publisher is Gallimard.",
     "Il est l'auteur et l'éditeur est Gallimard.",
     "Elle est l'autrice et l'éditeur est Gallimard."),
    # a role noun joined to a predicate noun is said of the same person ("its CEO and chairwoman")
    ("Mwangi joined the firm in 1950 as a clerk and ended up becoming its CEO and chairwoman.",
     "Mwangi est entré dans l'entreprise en 1950 comme commis et a fini par en devenir la PDG et le président.",
     "Mwangi est entrée dans l'entreprise en 1950 comme commis et a fini par en devenir la PDG et la présidente."),
    # titles of nobility and the church say the gender (viscountess, abbot, marchioness)
    ("The viscountess died in 1834 at her home in Bath.",
     "Le vicomte mourut en 1834 dans sa maison de Bath.",
     "La vicomtesse mourut en 1834 dans sa maison de Bath."),
    ("The abbot of Cluny still played an important role.",
     "L'abbesse de Cluny joua tout de même un rôle important.",
     "L'abbé de Cluny joua tout de même un rôle important."),
    # a predicate coordinated after a name's verb with avoir shares its subject
    # a role phrase's verb group past its complement, and its apposition or relative there
    ("The headmistress of the school was arrested on Monday.",
     "Le directeur de l'école a été arrêté lundi.",
     "La directrice de l'école a été arrêtée lundi."),
    ("The spokeswoman for the ministry declined to comment.",
     "Le porte-parole du ministère s'est refusé à tout commentaire.",
     "La porte-parole du ministère s'est refusée à tout commentaire."),
    ("The president's wife, a former actress, did not attend.",
     "L'épouse du président, un ancien acteur, n'était pas présent.",
     "L'épouse du président, une ancienne actrice, n'était pas présente."),
    ("The actor's father, who is a farmer, said his son had always loved the stage.",
     "Le père de l'acteur, qui est agricultrice, a dit que son fils avait toujours aimé la scène.",
     "Le père de l'acteur, qui est agriculteur, a dit que son fils avait toujours aimé la scène."),
    # an apposition whose role noun has a complement: "une enseignante à la retraite", "au journal local"
    ("Paul Sohn, a retired teacher, said he feared a new war.",
     "Paul Sohn, une enseignante à la retraite, a dit qu'il craignait une nouvelle guerre.",
     "Paul Sohn, un enseignant à la retraite, a dit qu'il craignait une nouvelle guerre."),
    ("Tom Berg, a reporter for the local paper, said he was threatened.",
     "Tom Berg, une journaliste au journal local, a dit qu'il avait été menacé.",
     "Tom Berg, un journaliste au journal local, a dit qu'il avait été menacé."),
    # an object clitic for an oblique "to her" of a verb with no object, and for faire's object
    ("Okafor said a neighbour came up to her at the market.",
     "Okafor a dit qu'un voisin était venu le voir au marché.",
     "Okafor a dit qu'un voisin était venu la voir au marché."),
    ("The long trial made him doubt everything.", "Le long procès la fit douter de tout.",
     "Le long procès le fit douter de tout."),
    # two people's words in one sentence, one issue's span holding the other's clitic: both fixed
    # (the neuter "l'" of "comme lui-même l'avait fait" is nobody's)
    ("Unhappy with the school, Amadi urged her to study law, as he himself had done.",
     "Mécontente de l'école, Amadi le poussa à étudier le droit, comme elle-même l'avait fait.",
     "Mécontent de l'école, Amadi la poussa à étudier le droit, comme lui-même l'avait fait."),
    # a group's pronoun after "si" elides or opens up; a person named after every "they" is none of them
    ("The monks said they would leave if they were not heard.",
     "Les moines ont dit qu'elles partiraient si elles n'étaient pas entendues.",
     "Les moines ont dit qu'ils partiraient s'ils n'étaient pas entendus."),
    ("The sisters prayed that they would be forgiven by God.",
     "Les sœurs ont prié pour qu'ils soient pardonnés par Dieu.",
     "Les sœurs ont prié pour qu'elles soient pardonnées par Dieu."),
    # "the teacher" translated "le professeur" (the table's rendering is "enseignant"): the same role
    # an attribute in -ant with its complement agrees ("confiante d'obtenir"); "il est important de" is impersonal
    ("Prime Minister Theresa May said she was confident of a deal, and that it was important to act.",
     "Le Premier ministre Theresa May a dit qu'il était confiant d'obtenir un accord, et qu'il était important d'agir.",
     "La Première ministre Theresa May a dit qu'elle était confiante d'obtenir un accord, et qu'il était important "
     "d'agir."),
    # a quotation's first person is its speaker's, named by a role phrase after it or before the colon
    ('"I was surprised," the minister said, adding that she had not been told.',
     "« J'ai été surpris », a dit le ministre, ajoutant qu'il n'avait pas été prévenu.",
     "« J'ai été surprise », a dit la ministre, ajoutant qu'elle n'avait pas été prévenue."),
    ('The champion, who won her third title, told reporters: "I am very happy."',
     "Le champion, qui a remporté son troisième titre, a déclaré aux journalistes : « Je suis très heureux. »",
     "La championne, qui a remporté son troisième titre, a déclaré aux journalistes : « Je suis très heureuse. »"),
    # speech after a colon, with no quotation marks, is a quotation too
    ("Mrs Berg said: I am very happy with the result.",
     "Mme Berg a déclaré : je suis très heureux du résultat.",
     "Mme Berg a déclaré : je suis très heureuse du résultat."),
    # past a bare age and a "dont" relative between commas to the subject's verb group
    ("The Queen, 95, was admitted to hospital.",
     "La reine, 95 ans, a été admis à l'hôpital.",
     "La reine, 95 ans, a été admise à l'hôpital."),
    ("The woman, 45, was arrested on Monday.",
     "L'homme, 45 ans, a été arrêté lundi.",
     "La femme, 45 ans, a été arrêtée lundi."),
    ("The nurse, whose name was not released, was arrested, police said. She was later released.",
     "L'infirmier, dont le nom n'a pas été communiqué, a été arrêté, selon la police. Il a ensuite été relâché.",
     "L'infirmière, dont le nom n'a pas été communiqué, a été arrêtée, selon la police. Elle a ensuite été relâchée."),
    ("The woman, whose name was not released, was taken to hospital where she died.",
     "L'homme, dont le nom n'a pas été communiqué, a été transporté à l'hôpital où il est décédé.",
     "La femme, dont le nom n'a pas été communiqué, a été transportée à l'hôpital où elle est décédée."),
    # an adjective in -ant after "retrouvées" agrees with the group
    ("The two women were found alive on Sunday.",
     "Les deux hommes ont été retrouvés vivants dimanche.",
     "Les deux femmes ont été retrouvées vivantes dimanche."),
    # a plural role phrase is its group's, with its verb group past a complement or "toutes deux ...";
    # a plural word whose form is both numbers becomes the plural ("furieux" -> "furieuses")
    ("The nuns were arrested on Monday.",
     "Les religieuses ont été arrêtés lundi.",
     "Les religieuses ont été arrêtées lundi."),
    ("The two sisters, both lawyers, were born in Lyon.",
     "Les deux sœurs, tous deux avocats, sont nés à Lyon.",
     "Les deux sœurs, toutes deux avocates, sont nées à Lyon."),
    ("In 1938, the four policewomen of the Louisville Police Department were dismissed.",
     "En 1938, les quatre policiers du département de police de Louisville ont été licenciés.",
     "En 1938, les quatre policières du département de police de Louisville ont été licenciées."),
    ("The mothers said they were angry.",
     "Les mères ont dit qu'ils étaient furieux.",
     "Les mères ont dit qu'elles étaient furieuses."),
    # a second apposition after the name; no space left after an elided article ("L'épouse")
    ("Olga Petrova, 38, a mother of three, was killed in the strike.",
     "Olga Petrova, 38 ans, père de trois enfants, a été tué dans la frappe.",
     "Olga Petrova, 38 ans, mère de trois enfants, a été tuée dans la frappe."),
    ("The prime minister's wife, Akie Abe, said she had not been informed.",
     "Le mari du Premier ministre, Akie Abe, a déclaré qu'il n'avait pas été informé.",
     "L'épouse du Premier ministre, Akie Abe, a déclaré qu'elle n'avait pas été informée."),
    # "chez lui/elle" for "home" is the subject's home; "Chez elle," is no subject pronoun
    ("He drove her to the station and then went home.",
     "Il l'a conduite à la gare puis est rentré chez elle.",
     "Il l'a conduite à la gare puis est rentré chez lui."),
    ("At home, Mr. Nichols was a member of the Harmonic Society.",
     "Chez elle, Mme Nichols était membre de la Harmonic Society.",
     "Chez lui, M. Nichols était membre de la Harmonic Society."),
    # a complement's own adjective ("d'origine française") before the relative and the verb group
    ("The French-born actress, who lives in London, was nominated for an Oscar.",
     "L'acteur d'origine française, qui vit à Londres, a été nommé aux Oscars.",
     "L'actrice d'origine française, qui vit à Londres, a été nommée aux Oscars."),
    ("The two sisters, both lawyers, were born in Lyon.",
     "Les deux frères, tous deux avocats, sont nés à Lyon.",
     "Les deux sœurs, toutes deux avocates, sont nées à Lyon."),
    # "l'un des fondateurs" in apposition: a man is no "une" of women; a woman may be one of a mixed group
    ("Paul Roy, one of the founders of the party, said he was leaving.",
     "Paul Roy, l'une des fondatrices du parti, a dit qu'il partait.",
     "Paul Roy, l'un des fondateurs du parti, a dit qu'il partait."),
    ("Anna Berg, one of the founders of the party, was arrested.",
     "Anna Berg, l'un des fondateurs du parti, a été arrêté.",
     "Anna Berg, l'une des fondateurs du parti, a été arrêtée."),
    # past a relative with no commas to the main verb group
    ("The woman who was shot on Monday has died, police said.",
     "L'homme qui a été abattu lundi est mort, a indiqué la police.",
     "La femme qui a été abattue lundi est morte, a indiqué la police."),
    ("The nurse who was injured on Monday has died. She was 34.",
     "L'infirmier qui a été blessé lundi est mort. Il avait 34 ans.",
     "L'infirmière qui a été blessée lundi est morte. Elle avait 34 ans."),
    # fille is a girl or a daughter: for a boy it is "garçon", not the lexicon's "fils"
    ("The patient was a 10-year-old boy who was hurt in the crash.",
     "La patiente était une fille de 10 ans qui a été blessée dans l'accident.",
     "Le patient était un garçon de 10 ans qui a été blessé dans l'accident."),
    # a fronted apposition parsed as the verb's bare noun phrase is still the subject's
    ("Also a chairman of the county council, Davies died in London in 1960.",
     "Également présidente du conseil du comté, Davies est décédée à Londres en 1960.",
     "Également président du conseil du comté, Davies est décédé à Londres en 1960."),
    # "his tenure as vice-president": the role is the possessor's, and the possessor the name after
    # the fronted phrase (a parse that hangs the name and its verb elsewhere)
    ("During his tenure as vice-president, Chavez-Thompson provided leadership in many areas.",
     "Pendant son mandat de vice-présidente, Chavez-Thompson a dirigé de nombreux services.",
     "Pendant son mandat de vice-président, Chavez-Thompson a dirigé de nombreux services."),
    # "Lee's novel" is by Lee, no novel called Lee; its title "Somebody's Daughter (2005)" is no one
    ("Lee's novel, Somebody's Daughter (2005), is based on his year in Seoul.",
     "Le roman de Lee, Somebody's Daughter (2005), s'inspire de l'année qu'elle a passée à Séoul.",
     "Le roman de Lee, Somebody's Daughter (2005), s'inspire de l'année qu'il a passée à Séoul."),
    # "Lady" in a school's name is no woman of the story: the English speaks of boys only
    ("Morris was educated at Lady Margaret Holles School, a school for boys in London, where he was happy.",
     "Morris a étudié à la Lady Margaret Holles School, une école pour filles à Londres, où il était heureux.",
     "Morris a étudié à la Lady Margaret Holles School, une école pour garçons à Londres, où il était heureux."),
    ("She lived in the Grotto of the Immortal Lady Feng for ten years.",
     "Il a vécu dans la Grotte de l'immortel Seigneur Feng pendant dix ans.",
     "Elle a vécu dans la Grotte de l'immortelle Dame Feng pendant dix ans."),
    # "they saw that he had ..., and was arrested": "was" cannot be theirs, so the French "et il fut" is his
    ("There they found that he had a knife in his coat, and was arrested at once.",
     "Ils découvrirent alors qu'elle avait un couteau dans son manteau, et elle fut arrêtée sur-le-champ.",
     "Ils découvrirent alors qu'il avait un couteau dans son manteau, et il fut arrêté sur-le-champ."),
    # "l'université où elle avait étudié": the head of a relative clause is not its subject
    ("In 1969, his old university awarded him an honorary degree.",
     "En 1969, l'université où elle avait étudié lui décerna un diplôme honorifique.",
     "En 1969, l'université où il avait étudié lui décerna un diplôme honorifique."),
    # "how strong a tenor player he could be": the noun is what the relative's subject is
    ("He played hard, showing just how strong a tenor player he could be.",
     "Elle jouait avec force, démontrant la puissance dont elle pouvait faire preuve en tant que joueuse.",
     "Il jouait avec force, démontrant la puissance dont il pouvait faire preuve en tant que joueur."),
    # a compound role noun the lexicon knows whole but gives no other form (and makes "ingénieure-conseil"
    # masculine) is read by its parts
    ("Mr Focke became a consulting engineer with a firm in Bremen.",
     "M. Focke est devenu ingénieure-conseil pour une société de Brême.",
     "M. Focke est devenu ingénieur-conseil pour une société de Brême."),
    ("Mr Castellucci also assumed the role of chief executive officer of the new holding.",
     "M. Castellucci a également endossé le rôle de présidente-directrice générale de la nouvelle entreprise.",
     "M. Castellucci a également endossé le rôle de président-directeur général de la nouvelle entreprise."),
    # a capitalised "Her" ending a title is no pronoun: the person is the "his"
    ("Other inspirations include films of his youth, namely Heathers and Death Becomes Her.",
     "Elle s'est aussi inspirée des films de sa jeunesse, tels que Heathers et La mort vous va si bien.",
     "Il s'est aussi inspiré des films de sa jeunesse, tels que Heathers et La mort vous va si bien."),
    # "maid" is a woman's word like "waitress"
    ("The maid reported to the cook every morning.",
     "Le domestique rendait compte au cuisinier chaque matin.",
     "La domestique rendait compte au cuisinier chaque matin."),
    # "As a boy, Jenkins ...": the fronted phrase a parse makes the root is still the subject's
    ("As a girl, Jenkins was a mascot for the cricket club.",
     "Quand il était jeune, Jenkins a été une mascotte pour le club de cricket.",
     "Quand elle était jeune, Jenkins a été une mascotte pour le club de cricket."),
    # "progressed to head engineer": the rank reached is the subject's role
    ("Mr Rushent progressed to head engineer in 1970.",
     "M. Rushent progressa jusqu'au poste d'ingénieure en cheffe en 1970.",
     "M. Rushent progressa jusqu'au poste d'ingénieur en chef en 1970."),
    # "one of the best female writers", "one of Russia's most popular actresses": the English group is
    # women, so its French words go with "l'une" (a mixed group stays masculine, checked below)
    ("She was one of the best female writers in the west.",
     "Elle était l'un des meilleurs auteurs de l'ouest.",
     "Elle était l'une des meilleures autrices de l'ouest."),
    ("Even so, she remained one of Russia's most popular actresses.",
     "Malgré tout, il demeura l'un des acteurs les plus populaires de Russie.",
     "Malgré tout, elle demeura l'une des actrices les plus populaires de Russie."),
    # a role phrase opened by "du" or "au" (de + le, à + le) is the role's own, and no subject
    ("The show was cancelled after the death of the hostess.",
     "L'émission a été annulée après la mort du présentateur.",
     "L'émission a été annulée après la mort de la présentatrice."),
    ("The gift was sent to the hostess on Monday.",
     "Le cadeau a été envoyé au présentateur lundi.",
     "Le cadeau a été envoyé à la présentatrice lundi."),
    # the English speaks of both sexes: a French noun is a swap when its other sex's word renders an
    # English noun of that sex and it renders none of them itself
    ("In 1898, the empress authorized a joint venture with American businessmen.",
     "En 1898, l'empereur autorisa une entreprise commune avec des hommes d'affaires américains.",
     "En 1898, l'impératrice autorisa une entreprise commune avec des hommes d'affaires américains."),
    ("His mother and his uncle lived in Lyon.",
     "Sa mère et sa tante vivaient à Lyon.",
     "Sa mère et son oncle vivaient à Lyon."),
    # "Après être devenue l'une des cinq membres, X": what a fronted infinitive became agrees with X
    ("After becoming one of the five members of the band, Roberts found himself bullied.",
     "Après être devenue l'une des cinq membres du groupe, Roberts s'est retrouvée harcelée.",
     "Après être devenu l'un des cinq membres du groupe, Roberts s'est retrouvé harcelé."),
    # roles listed after a complement and a comma, and a listed role's own adjective
    ("Mr Melkonian is also an advertising writer, producer and director.",
     "M. Melkonian est aussi auteure de publicité, productrice et réalisatrice.",
     "M. Melkonian est aussi auteur de publicité, producteur et réalisateur."),
    ("Mr Perraud was executive vice president and chief financial officer of Schlumberger.",
     "M. Perraud fut vice-présidente exécutive et directrice financière de Schlumberger.",
     "M. Perraud fut vice-président exécutif et directeur financier de Schlumberger."),
    # a role listed after the role's complement and a time or place adjunct
    ("Mr Esashi served as a research associate from 1976 and an associate professor from 1981.",
     "M. Esashi fut associée de recherche à partir de 1976 et chargée de recherche à partir de 1981.",
     "M. Esashi fut associé de recherche à partir de 1976 et chargé de recherche à partir de 1981."),
    ("Mr Mexía served as Secretary of State for Tamaulipas and the Tuxpan customs collector.",
     "M. Mexía fut secrétaire d'État pour le Tamaulipas, ainsi que perceptrice des douanes de Tuxpan.",
     "M. Mexía fut secrétaire d'État pour le Tamaulipas, ainsi que percepteur des douanes de Tuxpan."),
    ("Mr Lonchakov is a pilot in the Air Force and a paratroop instructor.",
     "M. Lonchakov est une pilote au sein de l'Air Force et une formatrice de parachutistes.",
     "M. Lonchakov est un pilote au sein de l'Air Force et un formateur de parachutistes."),
    # ", devenant examinatrice" past a place after its preposition, and a role listed after "et enfin,"
    ("When the college was abandoned, Mr Palgrave returned to Whitehall in 1855, becoming examiner in the "
     "Education Department, and eventually assistant secretary.",
     "Quand l'université fut abandonnée, M. Palgrave revint à Whitehall en 1855, devenant examinatrice dans le "
     "département de l'Éducation, et enfin, assistante secrétaire.",
     "Quand l'université fut abandonnée, M. Palgrave revint à Whitehall en 1855, devenant examinateur dans le "
     "département de l'Éducation, et enfin, assistant secrétaire."),
    # "a dit qu'elle ..., mais qu'elle ...": the subject of a second completive of the same verb is the first's
    ("His daughter said he had fainted, but did not suffer a heart attack.",
     "Sa fille a dit qu'elle s'était évanouie, mais qu'elle n'avait pas eu de crise cardiaque.",
     "Sa fille a dit qu'il s'était évanoui, mais qu'il n'avait pas eu de crise cardiaque."),
    # "porté disparu", "laissée pour morte": the participle's attribute agrees too
    ("She said her husband was a pilot, and that he was missing.",
     "Elle a dit que son mari était pilote et qu'elle était portée disparue.",
     "Elle a dit que son mari était pilote et qu'il était porté disparu."),
    # "comme cuisinière sur des navires puis comme serveuse": the next role past the first one's complement
    ("Mr Sigall worked as a cook on ships, then as a waiter until 1944.",
     "M. Sigall a travaillé comme cuisinière sur des navires puis comme serveuse jusqu'en 1944.",
     "M. Sigall a travaillé comme cuisinier sur des navires puis comme serveur jusqu'en 1944."),
    # "the count" the noble (a capital, "of" and a name, or an article beside his/he), not a number
    ("The count and his children left Peru on June 11, 1675.",
     "La comtesse et ses enfants partirent pour le Pérou le 11 juin 1675.",
     "Le comte et ses enfants partirent pour le Pérou le 11 juin 1675."),
    ("Lord Castlereagh was wounded in the wrist; the Count was uninjured.",
     "Lord Castlereagh fut blessé au poignet ; la comtesse était indemne.",
     "Lord Castlereagh fut blessé au poignet ; le comte était indemne."),
    # a fronted phrase read past a connector opening the sentence ("Cependant,", "De plus,")
    ("However, born in Lyon, Mr Roy grew up in Paris.",
     "Cependant, née à Lyon, M. Roy a grandi à Paris.",
     "Cependant, né à Lyon, M. Roy a grandi à Paris."),
    ("The two girls, aged 14 and 15, were found safe.",
     "Les deux garçons, âgés de 14 et 15 ans, ont été retrouvés sains et saufs.",
     "Les deux filles, âgées de 14 et 15 ans, ont été retrouvées saines et sauves."),
    # a determiner and adjectives right before a name are the name's, in both languages
    ("Yesterday the young Anna Berg won the race, and she thanked her coach.",
     "Hier, le jeune Anna Berg a gagné la course, et elle a remercié son entraîneur.",
     "Hier, la jeune Anna Berg a gagné la course, et elle a remercié son entraîneur."),
    ("The talented Paul Berg won the race, and he thanked his coach.",
     "La talentueuse Paul Berg a gagné la course, et il a remercié son entraîneur.",
     "Le talentueux Paul Berg a gagné la course, et il a remercié son entraîneur."),
    ("The show was suspended because of the illness of the host and his long recovery.",
     "L'émission fut suspendue en raison de la maladie de la présentatrice et de sa longue convalescence.",
     "L'émission fut suspendue en raison de la maladie du présentateur et de sa longue convalescence."),
    ("Anna Berg said she taught ballet in Lille. The teacher was later hired by a club in Lyon.",
     "Anna Berg a dit qu'elle enseignait la danse à Lille. Le professeur fut ensuite engagé par un club de Lyon.",
     "Anna Berg a dit qu'elle enseignait la danse à Lille. La professeure fut ensuite engagée par un club de Lyon."),
    # a definite description that is no subject goes back to the one person of the sentence before,
    # in the same segment too, whoever the sentence names after it
    ("Lena Sorel died in 2004, a year after her last novel appeared. The chronology follows the dates first "
     "given by the author in a letter to Hachette.",
     "Lena Sorel est morte en 2004, un an après la parution de son dernier roman. La chronologie suit les dates "
     "données d'abord par l'auteur dans une lettre à Hachette.",
     "Lena Sorel est morte en 2004, un an après la parution de son dernier roman. La chronologie suit les dates "
     "données d'abord par l'autrice dans une lettre à Hachette."),
    ("Tom Berg died in 2004, a year after his last novel appeared. The chronology follows the dates first "
     "given by the author in a letter to Hachette.",
     "Tom Berg est mort en 2004, un an après la parution de son dernier roman. La chronologie suit les dates "
     "données d'abord par l'autrice dans une lettre à Hachette.",
     "Tom Berg est mort en 2004, un an après la parution de son dernier roman. La chronologie suit les dates "
     "données d'abord par l'auteur dans une lettre à Hachette."),
    ("At age seven, Okafor moved to London with his family, returning to Lagos four years later.",
     "À sept ans, Okafor a déménagé à Londres avec sa famille et est retournée à Lagos quatre ans plus tard.",
     "À sept ans, Okafor a déménagé à Londres avec sa famille et est retourné à Lagos quatre ans plus tard."),
    # a determiner before a noun of the other sex elides as the new noun needs
    ("The heir presumptive is the present holder's uncle.",
     "L'héritière présomptive est la tante de l'actuel détenteur.",
     "L'héritier présomptif est l'oncle de l'actuel détenteur."),
    # the participle of a fronted infinitive with être agrees with the subject after the comma
    ("After retiring from the stage, Okafor lived in Italy with her husband.",
     "Après s'être retiré de la scène, Okafor vécut en Italie avec son mari.",
     "Après s'être retirée de la scène, Okafor vécut en Italie avec son mari."),
    # a fronted adjective phrase's "her" is the subject's, even when the parse makes the phrase the root
    ("Soon unhappy with her marriage, Elliott wanted a divorce by 1933.",
     "Vite malheureux dans son mariage, Elliott voulait divorcer en 1933.",
     "Vite malheureuse dans son mariage, Elliott voulait divorcer en 1933."),
    # a sex noun inside a name the French keeps is no noun to swap, and a preposition no adjective
    ("From 1930 she ran the store's electrical department on Princesses Street.",
     "À partir de 1930, il dirigea le rayon électrique du magasin sur Princes Street.",
     "À partir de 1930, elle dirigea le rayon électrique du magasin sur Princes Street."),
    # "pair" (a peer) is said of women unchanged: "paire" is a pair of things
    ("Mrs Okafor was created a life peer in 1997.", "Mme Okafor fut nommée pair à vie en 1997.",
     "Mme Okafor fut nommée pair à vie en 1997."),
    # "poète" is said of women unchanged
    ("She is a poet and a painter.", "Elle est poète et peintre.", "Elle est poète et peintre."),
    # a noun of the other sex: the one-of before it and the plural adjectives after it change too
    ("A neighbour hired one of the three Moreau sisters to mind the shop.",
     "Un voisin a engagé l'un des trois frères Moreau pour garder la boutique.",
     "Un voisin a engagé l'une des trois sœurs Moreau pour garder la boutique."),
    # a possessive bound in the clause of a lone name: the pronoun wins over the name list's prior
    ("Graham returned to her old school when she was forty.",
     "Graham est retourné dans son ancienne école quand il avait quarante ans.",
     "Graham est retournée dans son ancienne école quand elle avait quarante ans."),
    # two role nouns side by side agree together; "chef" after a noun is its modifier
    ("She was then apprenticed as a mechanical engineer in Leeds.",
     "Il fut ensuite apprenti ingénieur mécanique à Leeds.",
     "Elle fut ensuite apprentie ingénieure mécanique à Leeds."),
    ("She became chief medical officer in 1990.",
     "Il devint médecin chef en 1990.",
     "Elle devint médecin chef en 1990."),
    # the participle of an infinitive être the subject controls, and an adjective after "est arrivée"
    ("In the end she was adopted by a family in Lyon.",
     "Il a fini par être adopté par une famille de Lyon.",
     "Elle a fini par être adoptée par une famille de Lyon."),
    ("He refused to be photographed at the trial.",
     "Elle a refusé d'être photographiée au procès.",
     "Il a refusé d'être photographié au procès."),
    ("She came home exhausted after the race.",
     "Il est rentré épuisé après la course.",
     "Elle est rentrée épuisée après la course."),
    # an emphatic pronoun confirms a lone capitalised word and follows the name in French;
    # an adverb opening the sentence is no first name
    ("Fenwick himself and two aides denied the report.",
     "Fenwick elle-même et deux collaborateurs ont démenti le rapport.",
     "Fenwick lui-même et deux collaborateurs ont démenti le rapport."),
    ("Now Okafor herself runs the clinic, knowing that her friend will soon leave.",
     "Désormais, Okafor lui-même dirige la clinique, sachant que son amie partira bientôt.",
     "Désormais, Okafor elle-même dirige la clinique, sachant que son amie partira bientôt."),
    # British titles French keeps
    ("Lord Fenwick said the bill would pass.",
     "Lady Fenwick a dit que le projet de loi serait adopté.",
     "Lord Fenwick a dit que le projet de loi serait adopté."),
    # a pronoun said to be a person ("déclaré candidat") is no thing's pronoun, a masculine noun before it or not
    ("Her term expired in 2018, when she was registered as a candidate.",
     "Son mandat se termina en 2018, quand il fut déclaré candidat.",
     "Son mandat se termina en 2018, quand elle fut déclarée candidate."),
    # the French repeats the subject pronoun where the English coordinates a verb ("and served as")
    ("She then became adviser to the minister, and served on the board of the agency that she founded.",
     "Il devint alors conseiller du ministre, et il siégea au conseil de l'agence qu'il avait fondée.",
     "Elle devint alors conseillère du ministre, et elle siégea au conseil de l'agence qu'elle avait fondée."),
    # more nouns that are a sex by meaning, and accents respected: "comtés" are counties
    ("The old monk spent his last years in Cluny.",
     "La vieille nonne passa ses dernières années à Cluny.",
     "Le vieux moine passa ses dernières années à Cluny."),
    ("From 900 the county was run by the abbess.",
     "À partir de 900, le comté était administré par l'abbesse.",
     "À partir de 900, le comté était administré par l'abbesse."),
    # "Dieu" inside a sentence is the name of God, no one's sex beside the people spoken of
    ("The monks of the abbey tried to find God in silence.",
     "Les religieuses de l'abbaye essayaient de trouver Dieu dans le silence.",
     "Les moines de l'abbaye essayaient de trouver Dieu dans le silence."),
    # a lady's counterpart is a man ("homme"), and the title "Dame X" a "Sir X"
    ("An old man was waiting at the gate.",
     "Une vieille dame attendait au portail.",
     "Un vieil homme attendait au portail."),
    # roles listed after a predicate's complements and dates are all the subject's
    ("She was a member of the city council (1990-1994), chair of the Green Party (1994-1998) and a senator.",
     "Il fut membre du conseil municipal (1990-1994), président du Parti vert (1994-1998) et sénateur.",
     "Elle fut membre du conseil municipal (1990-1994), présidente du Parti vert (1994-1998) et sénatrice."),
    ("He was a lawyer in Lyon (1980-1990), director of the city theatre and a councillor.",
     "Elle était une avocate à Lyon (1980-1990), directrice du théâtre municipal et conseillère.",
     "Il était un avocat à Lyon (1980-1990), directeur du théâtre municipal et conseiller."),
    # an object clitic before a finite verb whose ending no noun has; a pronominal verb's attribute
    ("Several newspapers praised her, and others ignored her work.",
     "Plusieurs journaux le saluaient, et d'autres ignoraient son travail.",
     "Plusieurs journaux la saluaient, et d'autres ignoraient son travail."),
    ("In 2004, he stood as a candidate for the Senate.",
     "En 2004, elle se porta candidate au Sénat.",
     "En 2004, il se porta candidat au Sénat."),
    ("She said she felt lonely after the trial.",
     "Elle a dit qu'il se sentait seul après le procès.",
     "Elle a dit qu'elle se sentait seule après le procès."),
    ("The dukes and their royal cousins met in Reims.",
     "Les duchesses et leurs cousines royales se sont réunies à Reims.",
     None),  # two nouns: the check must not leave "cousines royales" half fixed, checked below
    # a sex noun that can be an adjective, after a noun of no sex it agrees with, qualifies that noun:
    # it is no person of the other sex, and it is not rewritten with the person
    ("The film is a crime drama in which she played twin sisters.",
     "Le film est un drame policier dans lequel il jouait deux frères jumeaux.",
     "Le film est un drame policier dans lequel elle jouait deux sœurs jumelles."),
    ("The episode is about an old woman who was arrested on a farm.",
     "L'épisode de la série télévisée policière parle d'un vieil homme qui a été arrêté dans une ferme.",
     "L'épisode de la série télévisée policière parle d'une vieille femme qui a été arrêtée dans une ferme."),
    # the only other singular person in view is a woman too: a French "il" cannot be her
    # (but a noun of the pronoun's gender before it may be what it stands for: "le film ... qu'il")
    ("The play was meant to show her as a different creature entirely, not the quiet wife the studio wanted.",
     "La pièce avait pour but de montrer qu'il était une créature totalement différente, pas l'épouse discrète que voulait le studio.",
     "La pièce avait pour but de montrer qu'elle était une créature totalement différente, pas l'épouse discrète que voulait le studio."),
    # kin one step further ("grand-uncle", "grandniece") and the compound titles grand-duc/grande-duchesse
    ("In that system he would be known as the grand-uncle of the chief.",
     "Dans ce système, elle serait connue comme la grand-tante du chef.",
     "Dans ce système, il serait connu comme le grand-oncle du chef."),
    ("Her grand-aunt, the old grand duchess, lived in Tver.",
     "Son grand-oncle, le vieux grand-duc, vivait à Tver.",
     "Sa grand-tante, la vieille grande-duchesse, vivait à Tver."),
    # "l'une des rares joueuses", "l'un des cinq membres": a number or an adjective of both genders
    # before the group's noun; an epicene role noun whose article shows the gender ("une fan")
    ("He is one of the few players to have spent his whole career at one club.",
     "Elle est l'une des rares joueuses à avoir passé toute sa carrière dans un seul club.",
     "Il est l'un des rares joueurs à avoir passé toute sa carrière dans un seul club."),
    ("He became one of the five members of the band.",
     "Elle est devenue l'une des cinq membres du groupe.",
     "Il est devenu l'un des cinq membres du groupe."),
    ("He is an avid fan of the club.",
     "Elle est une fan invétérée du club.",
     "Il est un fan invétéré du club."),
    # "the Viscountess of Porto Salvo": a title held of a place, the place is no person; the she before
    # it and the viscountess are both women, so "derrière lui" is theirs
    ("When she died, in Italy, the Viscountess of Monte Rosso left a fortune to three nieces.",
     "Lorsqu'il mourut, en Italie, le vicomte de Monte Rosso laissa derrière lui une fortune à ses trois nièces.",
     "Lorsqu'elle mourut, en Italie, la vicomtesse de Monte Rosso laissa derrière elle une fortune à ses trois nièces."),
    # the quantifier floating after a group's verb is the group's; English loans in their plural
    ("The Duchesses of Kent and York had both inherited their titles from their mothers.",
     "Les ducs de Kent et d'York ont tous deux hérité leurs titres de leurs pères.",
     "Les duchesses de Kent et d'York ont toutes deux hérité leurs titres de leurs mères."),
    ("The duke hosted a conference of all the feudal lords.",
     "La duchesse anima une conférence avec toutes les ladies féodales.",
     "Le duc anima une conférence avec tous les lords féodaux."),
    # an English word of a sex kept inside an English name the source has too
    ("Songs for Ladies was meant to show her as a free spirit, without the manners that a woman should have.",
     "Songs for Ladies devait montrer qu'elle était un esprit libre, sans les manières qu'un homme devrait avoir.",
     "Songs for Ladies devait montrer qu'elle était un esprit libre, sans les manières qu'une femme devrait avoir."),
    # a French noun of the person's sex beside a swapped one, when the English has as many nouns of
    # its one sex as the French has of both
    ("As the daughters grew up, they moved away from their mothers.",
     "Quand les fils grandirent, ils s'éloignèrent de leurs mères.",
     "Quand les filles grandirent, elles s'éloignèrent de leurs mères."),
    ("His mother moved to a small town near a religious community.",
     "Son père a déménagé dans une petite ville près d'une communauté religieuse.",
     "Sa mère a déménagé dans une petite ville près d'une communauté religieuse."),
    # an adjective after a bare complement that cannot agree with the complement is the noun's
    ("The group helps Brazilian businesswomen.", "Le groupe aide les hommes d'affaires brésiliens.",
     "Le groupe aide les femmes d'affaires brésiliennes."),
    ("The list named the most influential businesswomen in Europe.",
     "La liste nommait les hommes d'affaires les plus influents d'Europe.",
     "La liste nommait les femmes d'affaires les plus influentes d'Europe."),
    # one that may be the complement's stays with it
    ("He is a professor of ancient history.", "Elle est professeure d'histoire ancienne.",
     "Il est professeur d'histoire ancienne."),
    # a purpose infinitive whose predicate is a role is the subject's, past an object that is a thing
    ("In 1858 Novak, a widow, took an exam to become a pharmacist.",
     "En 1858, Novak, veuve, passa un examen pour devenir pharmacien.",
     "En 1858, Novak, veuve, passa un examen pour devenir pharmacienne."),
    # a role "en tant que" in the subject's clause, with nobody else between, is the subject's
    ("Snelling, a widower, came to the university in 1888 as an adjunct professor of mathematics and "
     "commandant of cadets.",
     "Snelling, veuf, arriva à l'université en 1888 en tant que professeure adjointe en mathématiques et "
     "commandante de cadets.",
     "Snelling, veuf, arriva à l'université en 1888 en tant que professeur adjoint en mathématiques et "
     "commandant de cadets."),
    # what the person is taken for after "considérée comme"
    ("She was not considered an intellectual but attended lectures.",
     "Il n'était pas considéré comme un intellectuel, mais il a assisté à des séminaires.",
     "Elle n'était pas considérée comme une intellectuelle, mais elle a assisté à des séminaires."),
    # "est revenue ..., a enregistré deux CD, s'est produite": the same être subject, listed
    ("She returned to the folk scene in the 1990s, recorded two CDs and performed at the club.",
     "Il est revenu sur la scène folk dans les années 1990, a enregistré deux CD, s'est produit au club.",
     "Elle est revenue sur la scène folk dans les années 1990, a enregistré deux CD, s'est produite au club."),
    # a gerund adjunct after "et" keeps the subject's verb
    ("She studied Chinese philosophy and by living in China was exposed to new ideas.",
     "Il étudia la philosophie chinoise et, en vivant en Chine, fut confronté à de nouvelles idées.",
     "Elle étudia la philosophie chinoise et, en vivant en Chine, fut confrontée à de nouvelles idées."),
    # a role noun in the other gender still translates the English role ("priest" -> "prêtresse")
    ("The injured priest was found at dawn, and Ana tried to heal him.",
     "La prêtresse blessée a été retrouvée à l'aube, et Ana a tenté de la soigner.",
     "Le prêtre blessé a été retrouvé à l'aube, et Ana a tenté de le soigner."),
    # the predicate after a restrictive "ne ... que", after "s'avérer être", after "comme étant"
    ("At the time, she was only a young engineer.",
     "À l'époque, il n'était qu'un jeune ingénieur.",
     "À l'époque, elle n'était qu'une jeune ingénieure."),
    ("Diane Moss proved to be a cautious administrator.",
     "Diane Moss s'est avéré être un administrateur prudent.",
     "Diane Moss s'est avérée être une administratrice prudente."),
    ("Lena Ortiz was described as a stubborn fighter.",
     "Lena Ortiz a été décrit comme étant un lutteur obstiné.",
     "Lena Ortiz a été décrite comme étant une lutteuse obstinée."),
    # a coordinated verb with its clitic "en": "et en fut la présidente" has the clause's subject
    ("In 1990 she founded the society and became its first president.",
     "En 1990, il fonda la société et en fut le premier président.",
     "En 1990, elle fonda la société et en fut la première présidente."),
    # "un de ses oncles", "une de ces femmes": the one of them agrees with the swapped noun
    ("Her parents left the little girl with one of her aunts.",
     "Ses parents ont laissé le petit garçon avec un de ses oncles.",
     "Ses parents ont laissé la petite fille avec une de ses tantes."),
    ("He was one of those new men who cycled through the park.",
     "Elle était une de ces nouvelles femmes qui faisaient du vélo dans le parc.",
     "Il était un de ces nouveaux hommes qui faisaient du vélo dans le parc."),
    # a name in apposition after "N de N," is the head's ("Le fils de l'ancien Premier ministre, X,")
    ("The former prime minister's daughter, Yulia Petrenko, was elected to parliament on Sunday.",
     "Le fils de l'ancien Premier ministre, Yulia Petrenko, a été élu au Parlement dimanche.",
     "La fille de l'ancien Premier ministre, Yulia Petrenko, a été élue au Parlement dimanche."),
    # an adjective in -ant after an attribute verb agrees ("s'est dite confiante"), "il est important de" is impersonal
    ("Colonna said she was confident that the talks would succeed.",
     "M. Colonna s'est dit confiant dans le succès des discussions.",
     "Mme Colonna s'est dite confiante dans le succès des discussions."),
    ("She said it was important to act quickly.",
     "Il a dit qu'il était important d'agir vite.",
     "Elle a dit qu'il était important d'agir vite."),
    # a relative between commas after a swapped noun and its complement, then the noun's own verb
    ("A granddaughter of the victim, who was not named, said she was shocked.",
     "Un petit-fils de la victime, qui n'a pas été nommé, s'est dit choqué.",
     "Une petite-fille de la victime, qui n'a pas été nommée, s'est dite choquée."),
    # an apposition after a name at the end of the sentence
    ("\"I am proud of my team,\" said Sasha Ivanova, the head coach.",
     "« Je suis fier de mon équipe », a déclaré Sasha Ivanova, l'entraîneur principal.",
     "« Je suis fière de mon équipe », a déclaré Sasha Ivanova, l'entraîneuse principale."),
    # a pronominal verb built with "de": "s'est inspirée des murs" (de + les) agrees
    ("The architect said she was inspired by Inca walls.",
     "L'architecte a déclaré qu'il s'était inspiré des murs incas.",
     "L'architecte a déclaré qu'elle s'était inspirée des murs incas."),
    # a description in apposition to a description, with a participle of its own ("known to police"),
    # and what agrees after its age; then the subject's verb group
    ("The suspect, a 27-year-old woman known to police, was arrested at her home.",
     "Le suspect, un homme de 27 ans connu des services de police, a été arrêté à son domicile.",
     "La suspecte, une femme de 27 ans connue des services de police, a été arrêtée à son domicile."),
    # a compound English role ("a police officer" -> policière, not officière) and the quantifier in
    # apposition to a group ("Les trois sœurs, toutes médecins,")
    ("A police officer was seriously injured; she was taken to hospital by helicopter.",
     "Un policier a été grièvement blessé ; il a été transporté à l'hôpital par hélicoptère.",
     "Une policière a été grièvement blessée ; elle a été transportée à l'hôpital par hélicoptère."),
    ("The three sisters, all doctors, opened a clinic in 2010.",
     "Les trois frères, tous médecins, ont ouvert une clinique en 2010.",
     "Les trois sœurs, toutes médecins, ont ouvert une clinique en 2010."),
    # a nationality noun of a sex ("the Frenchwoman" -> "la Française")
    ("The Frenchwoman, who won gold in Tokyo, said she was retiring.",
     "Le Français, qui a remporté l'or à Tokyo, a annoncé qu'il prenait sa retraite.",
     "La Française, qui a remporté l'or à Tokyo, a annoncé qu'elle prenait sa retraite."),
    # "appointed her chairwoman" (parsed as a possessive): her is the object, "l'a nommée" agrees
    ("The committee thanked Lucia Ferrari and appointed her chairwoman.",
     "Le comité a remercié Lucia Ferrari et l'a nommé présidente.",
     "Le comité a remercié Lucia Ferrari et l'a nommée présidente."),
    # "described her as a brave woman" is said of her, not of the subject; "sa femme" -> "son mari"
    ("Her husband, Paul, a retired engineer, described her as a brave woman.",
     "Sa femme, Paul, ingénieure à la retraite, l'a décrite comme une femme courageuse.",
     "Son mari, Paul, ingénieur à la retraite, l'a décrite comme une femme courageuse."),
    # a relative between commas after a role phrase and its complement, then the phrase's own verb
    ("A teacher at the school, who asked not to be named, said she had warned the director.",
     "Un enseignant de l'école, qui a demandé à ne pas être nommé, a déclaré qu'il avait prévenu le directeur.",
     "Une enseignante de l'école, qui a demandé à ne pas être nommée, a déclaré qu'elle avait prévenu le directeur."),
    # a regnal number is part of the name: the apposition after it agrees
    ("Queen Elizabeth II, who died in September, reigned for 70 years.",
     "Le roi Elizabeth II, décédé en septembre, a régné pendant 70 ans.",
     "La reine Elizabeth II, décédée en septembre, a régné pendant 70 ans."),
    # the office held: "le poste de directrice", "le rôle de présidente" in a sentence about one person
    ("He later took the post of director at the museum.",
     "Elle a ensuite occupé le poste de directrice du musée.",
     "Il a ensuite occupé le poste de directeur du musée."),
    # "World War I" is no one: the "he" after it is the person
    ("Before World War I, he served in Lyon as an infantry officer.",
     "Avant la Première Guerre mondiale, elle a servi à Lyon comme officière d'infanterie.",
     "Avant la Première Guerre mondiale, il a servi à Lyon comme officier d'infanterie."),
    # a French il/elle where the English verb's subject is understood ("..., moved to Lyon")
    ("As a result, she enrolled at a conservatory to study singing, moved to Lyon and took dance classes.",
     "Elle s'inscrivit donc dans un conservatoire pour étudier le chant. Il s'installa à Lyon et suivit des cours de danse.",
     "Elle s'inscrivit donc dans un conservatoire pour étudier le chant. Elle s'installa à Lyon et suivit des cours de "
     "danse."),
    # an object clitic after a subject noun before a past verb ("La police la suivit"), and the
    # object's attribute after "l'ont trouvé"
    ("The police followed her for three days.",
     "La police le suivit pendant trois jours.",
     "La police la suivit pendant trois jours."),
    ("Everyone who met him found him charming.",
     "Tous ceux qui l'ont rencontrée l'ont trouvée charmante.",
     "Tous ceux qui l'ont rencontré l'ont trouvé charmant."),
    # "la Dre X" for a man is "le Dr X" (never "M."); "le Dr X" for a woman is left as written (below)
    ("Dr. Tedros Adhanom Ghebreyesus, the WHO director-general, said he was concerned.",
     "La Dre Tedros Adhanom Ghebreyesus, directrice générale de l'OMS, s'est dite préoccupée.",
     "Le Dr Tedros Adhanom Ghebreyesus, directeur général de l'OMS, s'est dit préoccupé."),
    # a noun of a sex in apposition to a name, beside someone of the other sex ("his mother")
    ("Ahmed, a 12-year-old boy, was rescued after three days; his mother said he was safe.",
     "Ahmed, une fillette de 12 ans, a été secourue après trois jours ; sa mère a déclaré qu'elle était saine et sauve.",
     "Ahmed, un garçonnet de 12 ans, a été secouru après trois jours ; sa mère a déclaré qu'il était sain et sauf."),
    # être and avoir in the imperfect subjunctive and the passé simple carry the participle too
    ("Although she had been warned, she left the country.",
     "Bien qu'il eût été prévenu, il quitta le pays.",
     "Bien qu'elle eût été prévenue, elle quitta le pays."),
    ("Though he was sent off, the furious champion damaged the room.",
     "Bien qu'elle fût exclue, la championne, furieuse, endommagea la salle.",
     "Bien qu'il fût exclu, le champion, furieux, endommagea la salle."),
    # an incise with any verb is the speaker's ("she recalled", "he explained")
    ("I sang in the choir every Sunday, she recalled.",
     "Je chantais dans la chorale tous les dimanches, se remémora-t-il.",
     "Je chantais dans la chorale tous les dimanches, se remémora-t-elle."),
    ("The plan will work, he explained.", "Le plan fonctionnera, expliqua-t-elle.",
     "Le plan fonctionnera, expliqua-t-il."),
    # a possessive in a clause under the subject's clause is the subject's, whatever the name lists
    # think of "Bashir" (Marie Bashir)
    ("Bashir attended the local school, which her mother had also attended.",
     "Bashir est allé à l'école locale, où sa mère est aussi allée.",
     "Bashir est allée à l'école locale, où sa mère est aussi allée."),
    # "coach" is a role noun of either sex in French (the lexicon has it masculine only)
    ("Keeling, a former rugby player, was an assistant coach for the Stampeders; he left in 1983.",
     "Keeling, ancienne joueuse de rugby, fut coach assistante pour les Stampeders ; elle partit en 1983.",
     "Keeling, ancien joueur de rugby, fut coach assistant pour les Stampeders ; il partit en 1983."),
    ("The team's coach, Maria Lopez, said she was proud of the players.",
     "Le coach de l'équipe, Maria Lopez, a dit qu'il était fier des joueurs.",
     "La coach de l'équipe, Maria Lopez, a dit qu'elle était fière des joueurs."),
    # "l'une des premières pratiquantes de": a person noun that is an adjective too ends the group
    ("Reich was an early practitioner of sexology, and he wrote about it widely.",
     "Reich fut l'une des premières pratiquantes de la sexologie, et elle écrivit beaucoup à ce sujet.",
     "Reich fut l'un des premiers pratiquants de la sexologie, et il écrivit beaucoup à ce sujet."),
    # after "le rôle de", "le poste de": a role noun that is an adjective too, and a second role
    ("She held the position of education coordinator and lead workshop facilitator, she said.",
     "Il occupait le poste de coordinateur pédagogique et d'animateur principal d'ateliers, a-t-il dit.",
     "Elle occupait le poste de coordinatrice pédagogique et d'animatrice principale d'ateliers, a-t-elle dit."),
    # "faire de X un Y": Y is X's
    ("These novels made Anne Bristow a popular writer; she wrote twelve more.",
     "Ces romans ont fait d'Anne Bristow un écrivain populaire ; il en écrivit douze autres.",
     "Ces romans ont fait d'Anne Bristow une écrivaine populaire ; elle en écrivit douze autres."),
    # "a écrit ..., a été rédactrice": avoir été again after a comma, the same subject
    ("Ivan Klaić wrote for the weekly and was the editor of Vienac for several years.",
     "Ivan Klaić a écrit pour l'hebdomadaire, a été rédactrice de Vienac pendant plusieurs années.",
     "Ivan Klaić a écrit pour l'hebdomadaire, a été rédacteur de Vienac pendant plusieurs années."),
    # a relative noun with its "of", detached after the predicate, is the subject's (both languages)
    ("Okafor was born in Lagos, the daughter of a fisherman.",
     "Okafor est né à Lagos, fils d'un pêcheur.",
     "Okafor est née à Lagos, fille d'un pêcheur."),
    # a swapped noun's coordinated predicates agree too
    ("Her mother was the first woman regent of the university and credited with securing its funding.",
     "Son père fut le premier homme régent de l'université et est reconnu pour avoir assuré son financement.",
     "Sa mère fut la première femme régente de l'université et est reconnue pour avoir assuré son financement."),
    # an adjective before the role noun, and "vieil", "nouvel" before a vowel
    ("The new ambassador, a career diplomat, said he was pleased.",
     "La nouvelle ambassadrice, une diplomate de carrière, a dit qu'elle était ravie.",
     "Le nouvel ambassadeur, un diplomate de carrière, a dit qu'il était ravi."),
    ("Reynolds was a Boy Scout, once saying that he wanted to die as the oldest living Boy Scout.",
     "Reynolds était éclaireuse et avait un jour dit qu'elle voulait mourir en étant la plus vieille éclaireuse existante.",
     "Reynolds était éclaireur et avait un jour dit qu'il voulait mourir en étant le plus vieil éclaireur existant."),
    # "chez elle" is someone's home even beside an English "it"; a title before the name's particle
    ("After the show, Dolittle finally makes it home; he is tired.",
     "Après le spectacle, Dolittle rentre enfin chez elle ; elle est fatiguée.",
     "Après le spectacle, Dolittle rentre enfin chez lui ; il est fatigué."),
    ("Madame de Marsan would often take the girl to visit the students.",
     "Monsieur de Marsan emmenait souvent la fillette rendre visite aux étudiants.",
     "Madame de Marsan emmenait souvent la fillette rendre visite aux étudiants."),
    # a lone name reporting the pronoun's clause is its antecedent, whatever the name lists say
    ("Baxter, who lives in Leeds, said she was tired of the campaign.",
     "Baxter, qui vit à Leeds, a dit qu'il était fatigué de la campagne.",
     "Baxter, qui vit à Leeds, a dit qu'elle était fatiguée de la campagne."),
    # a role and a name between commas, then the name's verb group and a later comma
    ("The new ambassador, Olga Petrova, arrived in Rome, where she presented her credentials.",
     "Le nouvel ambassadeur, Olga Petrova, est arrivé à Rome, où il a présenté ses lettres de créance.",
     "La nouvelle ambassadrice, Olga Petrova, est arrivée à Rome, où elle a présenté ses lettres de créance."),
    # "the 52-year-old" -> "la quinquagénaire": a noun of the decade
    ("The 52-year-old architect said she was honoured.",
     "Le quinquagénaire a déclaré qu'il était honoré.",
     "La quinquagénaire a déclaré qu'elle était honorée."),
    # the participle after avoir in an object relative of the name agrees with the name
    ("The senator, Maria Costa, whom voters re-elected in 2020, said she is retiring.",
     "Le sénateur, Maria Costa, que les électeurs ont réélu en 2020, a dit qu'il prenait sa retraite.",
     "La sénatrice, Maria Costa, que les électeurs ont réélue en 2020, a dit qu'elle prenait sa retraite."),
    # a family name first: the given name after it is the name's, the apposition after them too
    ("Kim Ji-young, a South Korean diplomat, said he would travel to Geneva.",
     "Kim Ji-young, une diplomate sud-coréenne, a déclaré qu'elle se rendrait à Genève.",
     "Kim Ji-young, un diplomate sud-coréen, a déclaré qu'il se rendrait à Genève."),
    # a swapped noun's verb group after an apposition between commas, named or not
    ("The girl, aged 12, was found alive; she had been missing for two days.",
     "Le garçon, âgé de 12 ans, a été retrouvé vivant ; il avait disparu depuis deux jours.",
     "La fille, âgée de 12 ans, a été retrouvée vivante ; elle avait disparu depuis deux jours."),
    ("Her husband, the actor Jean Dujardin, was not present.",
     "Sa femme, l'actrice Jean Dujardin, n'était pas présente.",
     "Son mari, l'acteur Jean Dujardin, n'était pas présent."),
    # an emphatic pronoun inside the verb group does not end it
    ("Sara Lind, the mayor, was herself a refugee.",
     "Sara Lind, le maire, était lui-même un réfugié.",
     "Sara Lind, la maire, était elle-même une réfugiée."),
    # "named the suspect as X": the object is the name after "as", in both languages
    ("Police named the suspect as Emma Rowe, 27, a nurse from Leeds.",
     "La police a identifié le suspect comme étant Emma Rowe, 27 ans, infirmière à Leeds.",
     "La police a identifié la suspecte comme étant Emma Rowe, 27 ans, infirmière à Leeds."),
    # a participle after a comma in a first-person quotation describes the speaker
    ("\"I first heard this orchestra at nine, sitting next to my grandmother,\" he said.",
     "« J'ai entendu cet orchestre à neuf ans, assise à côté de ma grand-mère », a-t-il raconté.",
     "« J'ai entendu cet orchestre à neuf ans, assis à côté de ma grand-mère », a-t-il raconté."),
    # roles "en tant que" after a year between commas; "ayant été" a role
    ("In 1739, he became a member as an adjunct astronomer, in 1741, as a senior astronomer.",
     "En 1739, elle est devenue membre en tant qu'astronome adjointe, en 1741, en tant qu'astronome principale.",
     "En 1739, il est devenu membre en tant qu'astronome adjoint, en 1741, en tant qu'astronome principal."),
    ("Ramage was an experienced teacher, gaining her experience at new schools, having been a teacher there.",
     "Ramage était une professeure expérimentée, acquérant son expérience dans de nouvelles écoles, ayant été enseignant.",
     "Ramage était une professeure expérimentée, acquérant son expérience dans de nouvelles écoles, ayant été enseignante."),
    # plurals of the nouns of a sex ("beaux-fils", "parrains", "hôtes")
    ("Stoyanov has three daughters and two stepdaughters.",
     "Stoyanov a trois fils et deux beaux-fils.",
     "Stoyanov a trois filles et deux belles-filles."),
    # "the narrator" is a role; the emphatic after a reflexive verb is the subject's
    ("The narrator mocks this because he diagnoses himself as having dyspnea.",
     "La narratrice en rit car elle se diagnostique elle-même comme souffrant de dyspnée.",
     "Le narrateur en rit car il se diagnostique lui-même comme souffrant de dyspnée."),
    # "seul" right after the subject's finite verb agrees with the subject
    ("Ms Díaz, a widow, lives alone.", "M. Díaz, veuf, vit seul.", "Mme Díaz, veuve, vit seule."),
    ("He lives on his own in Paris.", "Elle vit toute seule à Paris.", "Il vit tout seul à Paris."),
    # a name the parse hangs on a later noun across a verb ("Ama Mensah studied law") is no law's name
    ("Born in Accra, Ama Mensah studied law in London before she became a judge.",
     "Né à Accra, Ama Mensah a étudié le droit à Londres avant de devenir juge.",
     "Née à Accra, Ama Mensah a étudié le droit à Londres avant de devenir juge."),
    # "baronnesse", as some translators write a British baroness, is a woman's noun too
    ("His younger brother, the 7th Baron, sat in the House of Commons.",
     "Sa sœur cadette, la 7e baronnesse, a siégé à la Chambre des communes.",
     "Son frère cadet, le 7e baron, a siégé à la Chambre des communes."),
    # "fillette" for "the boy" is a swapped noun; an object relative after a role phrase agrees with it
    ("Police found the boy on Sunday; they took him to hospital.",
     "La police a retrouvé la fillette dimanche ; elle l'a emmenée à l'hôpital.",
     "La police a retrouvé le garçon dimanche ; elle l'a emmené à l'hôpital."),
    ("The actress, whom critics praised, won an award; she thanked them.",
     "L'acteur, que les critiques ont salué, a remporté un prix ; il les a remerciés.",
     "L'actrice, que les critiques ont saluée, a remporté un prix ; elle les a remerciés."),
    ("A 34-year-old Frenchwoman was among the injured, the ministry said.",
     "Un Français de 34 ans figure parmi les blessés, a indiqué le ministère.",
     "Une Française de 34 ans figure parmi les blessés, a indiqué le ministère."),
    ("A fisherman who had been missing for three days was found alive on Thursday.",
     "Une pêcheuse portée disparue depuis trois jours a été retrouvée vivante jeudi.",
     "Un pêcheur porté disparu depuis trois jours a été retrouvé vivant jeudi."),
    ("The mayor, who lives alone, said she herself had been a victim of burglary.",
     "Le maire, qui vit seul, a déclaré avoir lui-même été victime d'un cambriolage.",
     "La maire, qui vit seule, a déclaré avoir elle-même été victime d'un cambriolage."),
    ("The king's daughter, Anne, visited the hospital.",
     "Le fils du roi, Anne, a visité l'hôpital.",
     "La fille du roi, Anne, a visité l'hôpital."),
    ("Her daughter-in-law visited the hospital.",
     "Son gendre a visité l'hôpital.",
     "Sa belle-fille a visité l'hôpital."),
    ("Okafor grew up in Lagos as the son of a fisherman.",
     "Okafor a grandi à Lagos comme fille d'un pêcheur.",
     "Okafor a grandi à Lagos comme fils d'un pêcheur."),
]


def _right(case) -> str | None:
    return case.values[2] if hasattr(case, "values") else case[2]


def _fixed(english: str, french: str) -> str:
    doc = BilingualDocument([Segment("1", Content(english), Content(french), paragraph=0)],
                            source_lang="en", target_lang="fr")
    fix_in_passes(doc, "gender,title")  # as "qa-desk fix" does
    return doc.segments[0].target_text


def _assert_fixed_and_kept_alone(english: str, wrong: str, right: str) -> None:
    assert _fixed(english, wrong) == right
    assert _fixed(english, right) == right


@pytest.mark.parametrize("english, wrong, right", [c for c in CASES if _right(c)])
def test_the_wrong_gender_is_fixed_whole(english, wrong, right):
    assert _fixed(english, wrong) == right


@pytest.mark.parametrize("english, wrong, right", [tuple(getattr(c, "values", c)) for c in CASES if _right(c)])
def test_the_right_gender_is_left_alone(english, wrong, right):
    assert _fixed(english, right) == right


def test_a_stressed_pronoun_of_the_other_person_stays():
    # "lui" is Duval (a man, no pronoun in the English); the mayor's "she" says nothing of him
    english, french = CASES[1][:2]
    assert "Duval et lui" in _fixed(english, french)


def test_one_issue_for_a_swapped_noun_and_its_predicate_noun():
    doc = BilingualDocument([Segment("1", Content("Her aunt was a generous woman."),
                                     Content("Son oncle était un homme généreux."), paragraph=0)],
                            source_lang="en", target_lang="fr")
    assert [i.text for i in run_checks(doc, "gender,title").issues] == ["Son oncle était un homme généreux"]


def test_a_swapped_noun_shows_the_english_word_it_translates():
    # the evidence for "oncles" is "aunts", not the sentence's first word of that sex ("girl")
    doc = BilingualDocument([Segment("1", Content("Her parents left the little girl with one of her aunts."),
                                     Content("Ses parents ont laissé la petite fille avec un de ses oncles."),
                                     paragraph=0)], source_lang="en", target_lang="fr")
    issues = run_checks(doc, "gender,title").issues
    assert [(i.text, i.evidence[0].text) for i in issues] == [("un de ses oncles", "aunts")]


def test_a_description_after_a_name_is_the_name_s_not_the_noun_s_before():
    # "a nurse" is Ana Mendes (the parse hangs it loosely): neither her son's nor a reason to make her a man
    english = "The son of Ana Mendes, a nurse, was arrested on Friday."
    french = "Le fils d'Ana Mendes, infirmière, a été arrêté vendredi."
    assert _fixed(english, french) == french


def test_the_client_of_a_lawyer_is_who_the_lawyer_speaks_for():
    # "The lawyer for X said she would appeal": she is the client, as with "her lawyer said she"
    english = "The lawyer for Maria Lopez said she would appeal."
    assert _fixed(english, "L'avocat de Maria Lopez a déclaré qu'elle ferait appel.") \
        == "L'avocat de Maria Lopez a déclaré qu'elle ferait appel."
    assert _fixed(english, "L'avocat de Maria Lopez a déclaré qu'il ferait appel.") \
        == "L'avocat de Maria Lopez a déclaré qu'elle ferait appel."


def test_a_career_is_no_person():
    # "carrière" is also a quarryman's feminine in the lexicon: "sa carrière" must not be read as a
    # woman, nor contradict the predicate that is wrong
    english = "Through his long radio career, Obi has made himself one of the best-known voices in Lagos."
    french = "Grâce à sa longue carrière radiophonique, Obi est devenue l'une des voix les plus connues de Lagos."
    assert _fixed(english, french) == french.replace("devenue", "devenu")


def test_a_reflexive_in_a_gerund_clause_is_the_subject_of_the_clause_above():
    from qa_desk.people.english_referents import find_source_people
    doc = BilingualDocument([Segment("1", Content("Maria Okafor trained for years before devoting herself to law."),
                                     Content("x"), paragraph=0)], source_lang="en", target_lang="fr")
    cast = find_source_people(doc)
    reflexive = next(m for m in cast.mentions("1", "source") if m.text == "herself")
    assert cast.person(reflexive.person).name == "Maria Okafor"


def test_plural_adjectives_follow_a_swapped_noun():
    fixed = _fixed("The ducal sisters quarrelled in Reims.", "Les frères ducaux se disputaient à Reims.")
    assert fixed == "Les sœurs ducales se disputaient à Reims."


def test_the_clitic_lui_before_a_verb_is_no_stressed_subject():
    english = "The villagers trusted the nun and offered her rice."
    french = "Les villageois avaient confiance en la religieuse et lui offrirent du riz."
    assert _fixed(english, french) == french


CONTEXT_CASES = [
    # "With the armistice Coppard was discharged": the article is the armistice's, Coppard the subject
    ("He was sent to a camp in Yorkshire, where he was still recovering when the war ended.",
     "With the armistice Coppard was discharged in 1919 and worked as an assistant at a golf club.",
     "Suite à l'armistice, Coppard fut relevée de ses fonctions en 1919 et travailla comme assistante dans un club de golf.",
     "Suite à l'armistice, Coppard fut relevé de ses fonctions en 1919 et travailla comme assistant dans un club de golf."),
    # "its author" is as definite as "the author"; a name with an article that a copula makes a
    # dancer is someone ("The Asp"), the "she" before it hers
    ("Several reviewers have argued that her understanding of the method is questionable, and that her texts "
     "are virtually meaning-free.",
     "It is a book that contradicts itself, but that is no criticism of it, because its author thinks "
     "contradictions are a sign of vitality.",
     "C'est un livre qui se contredit, mais ce n'est pas une critique, car son auteur pense que les "
     "contradictions sont signe de vitalité.",
     "C'est un livre qui se contredit, mais ce n'est pas une critique, car son autrice pense que les "
     "contradictions sont signe de vitalité."),
    ("She can also release a blast of energy through physical contact.",
     "The Asp is also an accomplished dancer with superb muscular control.",
     "L'Asp est également un danseur accompli au superbe contrôle musculaire.",
     "L'Asp est également une danseuse accomplie au superbe contrôle musculaire."),
    # a description that is no subject goes back to the one person of the sentence before: not past
    # lone capitalised words nothing showed to be someone ("Decca", "LP"), nor past a group of others
    ("Part of his recording was used by Decca on the company's LP, A Journey into Sound.",
     "The conductor's counting of beats is a feature of the recording.",
     "Le comptage des temps par la cheffe d'orchestre est une caractéristique de l'enregistrement.",
     "Le comptage des temps par le chef d'orchestre est une caractéristique de l'enregistrement."),
    ("It is no longer her job to pass on information to the students.",
     "The teacher's role is mainly that of a guide.",
     "Le rôle de l'enseignant est surtout celui d'un guide.",
     "Le rôle de l'enseignante est surtout celui d'un guide."),
    # a French il/elle where the English has a verb with the person as its understood subject
    ("Novak won her first award in 2009.",
     "Novak was awarded the largest contract ever given to a local builder, signing the deal in March.",
     "Novak s'est vu attribuer le plus gros contrat jamais accordé à un constructeur local, lorsqu'il a signé l'accord en mars.",
     "Novak s'est vu attribuer le plus gros contrat jamais accordé à un constructeur local, lorsqu'elle a signé l'accord en mars."),
    # a bare surname after a marriage may be either spouse: no fix either way
    ("In 1927 she returned to Boston, where she married Walter Okafor, a lawyer.",
     "Okafor was an accomplished painter.",
     "Okafor était une peintre accomplie.",
     "Okafor était une peintre accomplie."),
    ("In 1960, together with his wife Margarete Okafor, he founded the institute.",
     "From 1966 Okafor was professor of psychology.",
     "À partir de 1966, Okafor était professeur de psychologie.",
     "À partir de 1966, Okafor était professeur de psychologie."),
    # a description beside a name in its own sentence is someone else: it takes no gender from them
    ("In July 1998, he was sentenced to three years in prison.",
     "The sentencing judge ordered that Okafor not be allowed to cook.",
     "La juge en charge ordonna qu'Okafor ne soit plus autorisé à cuisiner.",
     "La juge en charge ordonna qu'Okafor ne soit plus autorisé à cuisiner."),
    # "X and his cronies": the possessive of a conjunct is the first conjunct's
    ("Johnny finds the hostages kidnapped by Ziska and his cronies.",
     "Ziska had been a great surgeon.",
     "Ziska avait été une grande chirurgienne.",
     "Ziska avait été un grand chirurgien."),
    # a pronoun the French adds where the English has none, with no noun it could stand for
    ("Okafor's first job was in a bank, though she was hired to play basketball.",
     "Despite leading the team to a title in 1931, Okafor had first won wider attention in athletics.",
     "Bien qu'il ait mené l'équipe au titre en 1931, Okafor avait d'abord connu le succès en athlétisme.",
     "Bien qu'elle ait mené l'équipe au titre en 1931, Okafor avait d'abord connu le succès en athlétisme."),
    # ... but not when another name is a subject in the English
    ("She called for a struggle against the landlords.",
     "Okafor was appointed deputy, but within weeks Mensah stepped down, unhappy with the group.",
     "Okafor fut nommée adjointe, mais quelques semaines après, Mensah démissionna car il était mécontent du groupe.",
     "Okafor fut nommée adjointe, mais quelques semaines après, Mensah démissionna car il était mécontent du groupe."),
    # a name the parser hangs as a modifier of its verb is still the subject
    ("While there he became a friend of the poet Torquato Tasso.",
     "Guidobaldo then served as a soldier in Hungary.",
     "Guidobaldo a ensuite servi en tant que soldate en Hongrie.",
     "Guidobaldo a ensuite servi en tant que soldat en Hongrie."),
    # a definite description after "de": the role named before ("the surgeon" is Mr Jack)
    ("The surgeon, Mr Tomasz Wrona, refused to operate.",
     "The report of the surgeon described a deep cut.",
     "Le rapport de la chirurgienne décrivit une entaille profonde.",
     "Le rapport du chirurgien décrivit une entaille profonde."),
    # an everyday word opening the sentence before is no name to spend the pronoun on
    ("Prior to joining the agency, she wrote for Reuters.",
     "Nwosu later served as a senior writer for the agency.",
     "Nwosu a ensuite été rédacteur principal pour l'agence.",
     "Nwosu a ensuite été rédactrice principale pour l'agence."),
    # the pieces of "Ed.M." and "Ed.D." start no sentences: the pronoun stays in view
    ("Born in Brooklyn, she earned a master's degree in 1972, an Ed.M. in 1975 and an Ed.D. in 1977.",
     "Mbatha later became a school counselor.",
     "Mbatha est ensuite devenu conseiller scolaire.",
     "Mbatha est ensuite devenue conseillère scolaire."),
    # a copula's present participle later in the clause; an indefinite description beside a pronoun
    ("She joined the philosophy department in 2001.",
     "Mbeki has taught there since, becoming a lecturer in 2003.",
     "Mbeki y enseigne depuis, devenant conférencier en 2003.",
     "Mbeki y enseigne depuis, devenant conférencière en 2003."),
    ("A theoretical chemist, he studied at Leiden.",
     "Van Dijk is the author or co-author of 165 articles.",
     "Van Dijk est l'autrice ou la co-autrice de 165 articles.",
     "Van Dijk est l'auteur ou le co-auteur de 165 articles."),
    # the clue is a pronoun in the sentence before; the sentence names the person by surname only
    ("She moved to Oslo after her marriage and opened a bakery there.",
     "In the evenings, Okonkwo worked as a translator.",
     "Le soir, Okonkwo travaillait comme traducteur.",
     "Le soir, Okonkwo travaillait comme traductrice."),
    # an adverbial locution between the copula and the attribute
    ("He had written for radio since the war.",
     "Ferreira was initially a freelance reporter.",
     "Ferreira était à l'origine une journaliste indépendante.",
     "Ferreira était à l'origine un journaliste indépendant."),
    # a role fronted before the name, with "en tant que" or as an epicene noun and its adjective
    ("Her first commission came from a bank in Turin.",
     "As a designer, Lindqvist drew on medieval scripts.",
     "En tant que concepteur, Lindqvist a été très influencé par les écritures médiévales.",
     "En tant que conceptrice, Lindqvist a été très influencée par les écritures médiévales."),
    ("She grew up in Cork and played in goal for her brothers.",
     "A gifted athlete, Brennan also played hurling.",
     "Athlète talentueux, Brennan a également joué au hurling.",
     "Athlète talentueuse, Brennan a également joué au hurling."),
    # a French "elle" the English leaves out, beside an unnamed referent that is no subject
    ("Ines Varga studied law in Szeged.",
     "Varga returned to Pécs, and in 1988 was appointed holder of the chair of civil law.",
     "Varga revint à Pécs, et en 1988 il fut nommé titulaire de la chaire de droit civil.",
     "Varga revint à Pécs, et en 1988 elle fut nommée titulaire de la chaire de droit civil."),
    # role nouns coordinated past a short complement ("de droit et ..."), an epicene noun before a person noun
    ("Her first post was in Dijon.",
     "Varga was professor of law and director of the institute.",
     "Varga fut professeur de droit et directeur de l'institut.",
     "Varga fut professeure de droit et directrice de l'institut."),
    ("His training took three years.",
     "Ortiz then became a trainee nurse.",
     "Ortiz devint ensuite élève infirmière.",
     "Ortiz devint ensuite élève infirmier."),
    # "une des premières" as a predicate; a role "en tant que" right after a name that is no subject;
    # comme after a verb of working names the job, even with a noun that is an adjective too
    ("His early papers on topology were widely read.",
     "Varga was an early writer on knot theory.",
     "Varga était une des premières autrices sur la théorie des nœuds.",
     "Varga était un des premiers auteurs sur la théorie des nœuds."),
    ("He only finished two of the races he entered.",
     "2001 would be the last year Ortiz would spend as a professional driver.",
     "2001 a été la dernière année d'Ortiz en tant que pilote professionnelle.",
     "2001 a été la dernière année d'Ortiz en tant que pilote professionnel."),
    ("She owns half of a film studio in Lyon.",
     "At the studio, Ortiz has worked as a creator, writer and producer.",
     "Au studio, Ortiz a travaillé comme créateur, scénariste et producteur.",
     "Au studio, Ortiz a travaillé comme créatrice, scénariste et productrice."),
    # a definite role noun with a gender, and no one else in view, is the person named next
    ("In May the festival honoured the actress with its main prize.",
     "The next year, Novak appeared as a nurse in a film.",
     "L'année suivante, Novak est apparu dans le rôle d'un infirmier dans un film.",
     "L'année suivante, Novak est apparue dans le rôle d'une infirmière dans un film."),
    # a surname that is a role word, at the start of the sentence; "first" is no number after a name
    ("She grew up in Ohio.",
     "Carpenter first appeared in a television advertisement.",
     "Carpenter est apparu pour la première fois dans une publicité télévisée.",
     "Carpenter est apparue pour la première fois dans une publicité télévisée."),
    ("She grew up in Ohio.",
     "Mason first appeared in a television advertisement.",
     "Mason est apparu pour la première fois dans une publicité télévisée.",
     "Mason est apparue pour la première fois dans une publicité télévisée."),
    # an epicene noun whose ending names a person ("diététiste", "-logue", "-iatre") is a role noun
    ("Starting in 2010, she has been associate professor in Minnesota.",
     "Stang is a registered dietitian.",
     "Stang est un diététiste agréé.",
     "Stang est une diététiste agréée."),
    ("In 1990 he opened a clinic in Lyon.",
     "Moreau is a well-known child psychiatrist.",
     "Moreau est une pédiatre connue.",
     "Moreau est un pédiatre connu."),
    # a second role noun after the head is a noun of the phrase: the relative after it still agrees
    ("She was born in Leiden in 1880.",
     "Lourijsen was an active portrait painter and draftsman who also served as a lecturer.",
     "Lourijsen était un peintre portraitiste et dessinateur actif qui fut également conférencier.",
     "Lourijsen était une peintre portraitiste et dessinatrice active qui fut également conférencière."),
    # "the author" after one person is that person: "a friend" introduced in passing is not the author
    ("She wrote the novel in eight months until a friend persuaded her to enter a contest.",
     "The book is illustrated throughout with wood engravings by the author.",
     "Le livre est entièrement illustré de gravures sur bois faites par l'auteur.",
     "Le livre est entièrement illustré de gravures sur bois faites par l'autrice."),
    ("A friend persuaded him to enter a contest.",
     "The book is illustrated throughout with wood engravings by the author.",
     "Le livre est entièrement illustré de gravures sur bois faites par l'autrice.",
     "Le livre est entièrement illustré de gravures sur bois faites par l'auteur."),
    # "X, son of Y" where the parse hangs the comma on the kinship noun: still X's apposition
    ("Secrist, son of J.S.",
     "Secrist volunteered as the construction manager.",
     "Secrist se porta volontaire en tant que directrice de la construction.",
     "Secrist se porta volontaire en tant que directeur de la construction."),
    # a regular feminine the lexicon lacks ("sculpteuse", "barbière") still shows a woman
    ("He was born in Valencia in 1951.",
     "Calatrava is also a sculptor and painter.",
     "Calatrava est également sculpteuse et peintre.",
     "Calatrava est également sculpteur et peintre."),
    ("He was born in Naples.",
     "Granata was a barber-surgeon by profession.",
     "Granata était barbière-chirurgienne de profession.",
     "Granata était barbier-chirurgien de profession."),
    # an institution named in its own language is no person to take the "he" from the one named next
    ("A graduate of the École des Hautes Études Commerciales, he received his MBA from Columbia.",
     "Perraud was executive vice president of Schlumberger.",
     "Perraud était vice-présidente exécutive de Schlumberger.",
     "Perraud était vice-président exécutif de Schlumberger."),
    # "X (born ...) is a businessman": the brackets between the name and its predicate
    ("Vovos (Greek: Αρμόδιος Άρης Βωβός; born 21 October 1964) is a Greek businessman.",
     "Vovos was president of the basketball club.",
     "Vovos fut présidente du club de basket.",
     "Vovos fut président du club de basket."),
    # a fronted gerund's role is the subject's: "Tout en travaillant comme serveuse, X"
    ("He grew up in Oakland.",
     "While supporting himself as a waiter, Vanderslice took evening classes.",
     "Tout en travaillant comme serveuse, Vanderslice suivait des cours du soir.",
     "Tout en travaillant comme serveur, Vanderslice suivait des cours du soir."),
    # a role given by an opening phrase with nobody named before it: "En plus de son rôle en tant que"
    ("He was elected in 2013.",
     "In addition to his role as chairman, Nahles also joined the committee.",
     "En plus de son rôle en tant que présidente, Nahles rejoignit aussi le comité.",
     "En plus de son rôle en tant que président, Nahles rejoignit aussi le comité."),
    # a role phrase under a preposition before the subject's comma is someone else ("par un docteur, X est")
    ("At the ninth hole he began to feel ill.",
     "Despite resuscitation by a doctor, Pasanen died.",
     "Même après avoir été réanimée par un docteur, Pasanen est décédée.",
     "Même après avoir été réanimé par un docteur, Pasanen est décédé."),
    # "fort de": an adjective with its complement in an apposition, not the adverb "fort"
    ("She studied medicine in Leeds.",
     "Drawing on her clinical training, Moreau began to work in Oxford.",
     "Moreau, fort de sa formation clinique, commença à travailler à Oxford.",
     "Moreau, forte de sa formation clinique, commença à travailler à Oxford."),
    # "en tant qu’" with a typographic apostrophe is "en tant qu'"
    ("He was born in 1950.",
     "Sigall worked in Paris as a teacher.",
     "Sigall a travaillé à Paris en tant qu’enseignante.",
     "Sigall a travaillé à Paris en tant qu’enseignant."),
    # the verb group after a role phrase and its age ("Le chanteur de 61 ans a été hospitalisé")
    ("Andrea Rossi, the Italian tenor, cancelled his concert in Vienna.",
     "The 61-year-old singer was taken to hospital on Friday.",
     "La chanteuse de 61 ans a été hospitalisée vendredi.",
     "Le chanteur de 61 ans a été hospitalisé vendredi."),
    # "While still a student, X ..." is what X was, no one else; "X commissioned ... from him" (parsed as
    # a modifier of X) is not X: him is the one named next
    ("While still a student in the third year of piano, Pedro Morales commissioned a short sonata from him.",
     "It was with this sonata that Estrada premiered as conductor in the same year.",
     "C'est avec cette sonate qu'Estrada fit ses débuts en tant que cheffe d'orchestre la même année.",
     "C'est avec cette sonate qu'Estrada fit ses débuts en tant que chef d'orchestre la même année."),
    # the office held after "au poste de" agrees with the one person the English sentence names
    ("Olena Kravets studied law in Kyiv, where she met her husband.",
     "Kravets was appointed to the position of deputy prosecutor in 2015.",
     "Kravets a été nommé au poste de procureur adjoint en 2015.",
     "Kravets a été nommée au poste de procureure adjointe en 2015."),
    # a fronted apposition before "le Dr X"; a role after être following the subject's first verb
    ("Harold Fiss was born in Vienna; he later moved to New York.",
     "A pioneer in the field, Dr. Fiss was principal investigator of one of the first grants.",
     "Pionnière dans ce domaine, le Dr Fiss était responsable de l'une des premières subventions.",
     "Pionnier dans ce domaine, le Dr Fiss était responsable de l'une des premières subventions."),
    ("Yuri Lonchakov was born in 1965; he joined the air force in 1987.",
     "Lonchakov has logged over 1400 hours of flight time and is a Class 1 Air Force pilot.",
     "Lonchakov a passé 1400 heures en vol, est une pilote de classe 1 au sein de l'Air Force.",
     "Lonchakov a passé 1400 heures en vol, est un pilote de classe 1 au sein de l'Air Force."),
    # after "le rôle de", a role noun that is an adjective too ("directrice")
    ("Giovanni Castellucci was born in Rome; he studied engineering.",
     "Castellucci also assumed the role of director of the group.",
     "Castellucci a également endossé le rôle de directrice du groupe.",
     "Castellucci a également endossé le rôle de directeur du groupe."),
    # no one inside what a possessive owns is its owner ("his friendship with the painter Kurt W.")
    ("According to his Stasi files, his friendship with the painter Kurt W. was close.",
     "From 1980, Geißler worked as a freelance composer.",
     "À partir de 1980, Geißler a travaillé comme compositrice indépendante.",
     "À partir de 1980, Geißler a travaillé comme compositeur indépendant."),
    # "the suspect" after "a woman was arrested": the one person of the sentence before
    ("A 45-year-old woman was arrested on Tuesday.",
     "The suspect, who lives in Lyon, is due in court on Friday.",
     "Le suspect, qui vit à Lyon, doit comparaître vendredi.",
     "La suspecte, qui vit à Lyon, doit comparaître vendredi."),
    # a French pronoun said to be a role, with a plural group beside the person in the English
    # "the 82-year-old" with nothing else in its sentence to say someone is there, after one person
    ("A pensioner was robbed in his home in Lille on Saturday.",
     "The 82-year-old was not injured, police said.",
     "L'octogénaire n'a pas été blessée, selon la police.",
     "L'octogénaire n'a pas été blessé, selon la police."),
    # "X, 38 ans, a déclaré qu'il": the speaker past the age in apposition
    ("\"He betrayed us,\" said Oksana Melnyk, speaking of her former partner.",
     "Melnyk, 38, said she had not seen him since May.",
     "Melnyk, 38 ans, a déclaré qu'il ne l'avait pas vu depuis mai.",
     "Melnyk, 38 ans, a déclaré qu'elle ne l'avait pas vu depuis mai."),
    ("Throughout his career, Weller kept private pupils.",
     "As a lecturer Weller took turns with other lecturers on the evening class.",
     "Lorsqu'elle était professeure, Weller se relayait avec les autres enseignants.",
     None),
]


def _fixed_after(context: str, english: str, french: str) -> tuple[str, list]:
    doc = BilingualDocument([Segment("1", Content(context), Content(""), paragraph=0),
                             Segment("2", Content(english), Content(french), paragraph=1)],
                            source_lang="en", target_lang="fr")
    issues = run_checks(doc, "gender,title").issues
    apply_suggestions(doc, issues)
    return doc.segments[1].target_text, issues


def _assert_fixed_and_kept(context: str, english: str, wrong: str, right: str) -> None:
    assert _fixed_after(context, english, wrong)[0] == right
    assert _fixed_after(context, english, right)[0] == right


@pytest.mark.parametrize("context, english, wrong, right", [c for c in CONTEXT_CASES if c[3]])
def test_the_clue_in_the_sentence_before_fixes_the_chain(context, english, wrong, right):
    _assert_fixed_and_kept(context, english, wrong, right)


def test_a_plural_group_beside_the_person_leaves_the_role_pronoun_hers_or_his():
    context, english, french, _ = CONTEXT_CASES[-1]
    _, issues = _fixed_after(context, english, french)
    assert [i.text for i in issues] and all("elle" in i.text for i in issues)


def test_an_object_clitic_and_avoir_ending_the_segment_read_safely():
    # "l'a" with nothing after it (a cut segment) once read past the last token
    assert _fixed("She congratulated him.", "Elle l'a") == "Elle l'a"


@pytest.mark.parametrize("english, wrong, right", [
    ("Though she faced opposition, Ana Ruiz was elected.",
     "Même s'il faisait face à une opposition, Ana Ruiz a été élue.",
     "Même si elle faisait face à une opposition, Ana Ruiz a été élue."),
    ("Though he faced opposition, Paulo Ruiz was elected.",
     "Même si elle faisait face à une opposition, Paulo Ruiz a été élu.",
     "Même s'il faisait face à une opposition, Paulo Ruiz a été élu."),
])
def test_si_elides_before_il_only(english, wrong, right):
    assert _fixed(english, wrong) == right


@pytest.mark.parametrize("english, wrong, right", [
    # an ordinal written in digits stands between the determiner and the noun
    ("Her younger sister, the 7th Baroness, represented Wells.",
     "Son frère cadet, le 7e baron, a représenté Wells.",
     "Sa sœur cadette, la 7e baronne, a représenté Wells."),
    ("His son, the 1st Earl, represented Wells.",
     "Sa fille, la 1re comtesse, a représenté Wells.",
     "Son fils, le 1er comte, a représenté Wells."),
    # a predicate coordinated by "puis" with a copula shares the name's subject
    ("Ana Ruiz led the newspaper in Essen, and then became editor in Munich.",
     "Ana Ruiz a dirigé le journal à Essen, puis devint rédacteur à Munich.",
     "Ana Ruiz a dirigé le journal à Essen, puis devint rédactrice à Munich."),
    # a role held "en tant que" inside a fronted time phrase is the subject's
    ("After a 17-year spell as an international athlete Mary Holroyd retired in 2006.",
     "Après 17 ans en tant qu'athlète international, Mary Holroyd a pris sa retraite en 2006.",
     "Après 17 ans en tant qu'athlète internationale, Mary Holroyd a pris sa retraite en 2006."),
    # archbishop: an office the role table now knows, epicene in French
    ("From 1939 until his death, he served as the sixth Archbishop of New York.",
     "De 1939 jusqu'à sa mort, elle fut la sixième archevêque de New York.",
     "De 1939 jusqu'à sa mort, il fut le sixième archevêque de New York."),
])
def test_ordinals_coordinated_copulas_fronted_roles(english, wrong, right):
    _assert_fixed_and_kept_alone(english, wrong, right)


@pytest.mark.parametrize("context, english, wrong, right", [
    # a role noun seen only in its possessive form is still a person ("the author's")
    ("Okonjo said she had spent a decade on the trilogy.",
     "The reviews praised the author's patience with her characters.",
     "Les critiques ont salué la patience de l'auteur avec ses personnages.",
     "Les critiques ont salué la patience de l'autrice avec ses personnages."),
    # a definite description after a preposition, the sentence before naming one person only
    ("Until 1990 he taught drawing at a school in Porto.",
     "The museum later bought several canvases from the painter.",
     "Le musée a ensuite acheté plusieurs toiles à la peintre.",
     "Le musée a ensuite acheté plusieurs toiles au peintre."),
])
def test_a_description_that_is_no_subject_refers_back_to_the_one_person(context, english, wrong, right):
    _assert_fixed_and_kept(context, english, wrong, right)


@pytest.mark.parametrize("context, english, french", [
    # someone else in the sentence, or two people before: the description may be anyone
    ("Okonjo said she had spent a decade on the trilogy.",
     "Her editor praised the author's patience.",
     "Son éditeur a salué la patience de l'auteur."),
    ("Okonjo and Silva met their publisher in May.",
     "The reviews praised the author's patience.",
     "Les critiques ont salué la patience de l'auteur."),
])
def test_a_description_with_other_people_around_is_left_open(context, english, french):
    assert _fixed_after(context, english, french)[0] == french


def test_a_capitalised_everyday_word_that_acts_as_someone_is_a_person():
    # "Woods" is an everyday English word; as the subject of "is a novelist" it names a woman here
    fixed, issues = _fixed_after("Her novels sell well in Ireland.", "Woods is a novelist.",
                                 "Woods est un romancier.")
    assert fixed == "Woods est une romancière." and issues



def test_a_description_beside_someone_else_is_not_the_person_named_next():
    french = "Plus tard, Novak s'est dit satisfait des discussions."
    assert _fixed_after("The queen met the prime minister on Tuesday.",
                        "Later, Novak said the talks had gone well.", french)[0] == french


def test_a_relatives_surname_alone_may_be_either_relative():
    # "the daughter of ... Paulo Tavares": a later bare "Tavares" may be the daughter, so it is not his
    french = "Tavares s'est lancée en politique en 1990 en tant que dirigeante étudiante."
    assert _fixed_after("She is the daughter of the economist and minister Paulo Tavares.",
                        "Tavares entered politics in 1990 as a student leader.", french)[0] == french


@pytest.mark.parametrize("english, wrong, right", [
    # a second predicate noun coordinated with the first, past a short modifier of it
    ("She was a baker and a singer.",
     "Il était un boulanger et un chanteur.",
     "Elle était une boulangère et une chanteuse."),
    ("He was a tireless campaigner, and a gifted organizer of marches.",
     "Elle était une militante infatigable, et une organisatrice douée de marches.",
     "Il était un militant infatigable, et un organisateur doué de marches."),
    ("Okafor is a father by choice and an advocate for adoption.",
     "Okafor est une mère par choix et une défenseuse de l'adoption.",
     "Okafor est un père par choix et un défenseur de l'adoption."),
    # a noun of a sex followed by "de <Name>" still reaches its verb group
    ("Ortega's mother was a mechanic.",
     "Le père d'Ortega était un mécanicien.",
     "La mère d'Ortega était une mécanicienne."),
])
def test_coordinated_predicates_and_a_named_complement(english, wrong, right):
    _assert_fixed_and_kept_alone(english, wrong, right)


def test_a_second_person_in_the_complement_ends_the_predicate():
    # "la fille d'un médecin et une infirmière": the nurse is the parent, not the daughter
    fixed = _fixed("She is the daughter of a doctor and a nurse.", "Il est le fils d'un médecin et d'une infirmière.")
    assert fixed == "Elle est la fille d'un médecin et d'une infirmière."


def test_a_superlative_after_an_epicene_predicate_noun_agrees():
    _assert_fixed_and_kept_alone("She was the most decorated athlete of the games.",
                                 "Elle était l'athlète le plus titré des jeux.",
                                 "Elle était l'athlète la plus titrée des jeux.")


@pytest.mark.parametrize("english, wrong, right", [
    # a fronted "ayant été" + participle agrees with the subject after the comma
    ("Having been warned of the storm, she left the island early.",
     "Ayant été prévenu de la tempête, elle quitta l'île plus tôt.",
     "Ayant été prévenue de la tempête, elle quitta l'île plus tôt."),
    # a time adjunct's infinitive is the subject's, whatever nouns stand between
    ("She taught in the school for years after being elected.",
     "Elle a enseigné dans l'école pendant des années après avoir été élu.",
     "Elle a enseigné dans l'école pendant des années après avoir été élue."),
    # "en tant que" does not end the subject's coordinated predicates
    ("She served the club as a coach but was never paid.",
     "Elle a servi le club en tant que coach mais n'a jamais été payé.",
     "Elle a servi le club en tant que coach mais n'a jamais été payée."),
    # a superlative after a noun of a sex, and an elided article before the new noun
    ("She was the oldest woman in the village.",
     "Il était l'homme le plus âgé du village.",
     "Elle était la femme la plus âgée du village."),
    ("He was the hero of the film.",
     "Elle était l'héroïne du film.",
     "Il était le héros du film."),
])
def test_adjunct_participles_superlatives_and_elided_articles(english, wrong, right):
    _assert_fixed_and_kept_alone(english, wrong, right)


@pytest.mark.parametrize("english, wrong, right", [
    # a role noun with a complement, then ", puis" another role: both the subject's
    ("She became a sales manager and then presenter on the morning show.",
     "Il devint directeur des ventes, puis présentateur de l'émission du matin.",
     "Elle devint directrice des ventes, puis présentatrice de l'émission du matin."),
    # a role held in apposition to a noun of a sex, before its verb group
    ("The queen, as chairwoman, was given two votes.",
     "Le roi, en tant que président, a reçu deux voix.",
     "La reine, en tant que présidente, a reçu deux voix."),
])
def test_listed_roles_after_a_complement_and_a_role_in_apposition(english, wrong, right):
    _assert_fixed_and_kept_alone(english, wrong, right)


@pytest.mark.parametrize("english, wrong, right", [
    # a predicate after a comma with the subject's own auxiliary again is still the subject's
    ("She went to Paris in 1990, went back to Lyon in 1995 and died in 2001.",
     "Il est allé à Paris en 1990, est retourné à Lyon en 1995 et est mort en 2001.",
     "Elle est allée à Paris en 1990, est retournée à Lyon en 1995 et est morte en 2001."),
    # a noun of a sex agrees past a chain of complements
    ("The women of the police department of Louisville were honoured.",
     "Les hommes du département de police de Louisville ont été honorés.",
     "Les femmes du département de police de Louisville ont été honorées."),
    # a long fronted time adjunct still gives its infinitive's participle to the subject
    ("After being elected to the head of the town council of the small village of Saint-Martin"
     " for the first time in 1995, she founded a school.",
     "Après avoir été élu à la tête du conseil municipal de la petite commune de Saint-Martin"
     " pour la première fois en 1995, il a fondé une école.",
     "Après avoir été élue à la tête du conseil municipal de la petite commune de Saint-Martin"
     " pour la première fois en 1995, elle a fondé une école."),
    # the head of a relative clause is not the antecedent of the relative's subject pronoun
    # (and a verb the English parse reads as a noun, "boycott", is no thing subject)
    ("He will often boycott shops at the slightest perceived insult.",
     "Elle boycottera souvent des magasins à la moindre insulte qu'elle puisse percevoir.",
     "Il boycottera souvent des magasins à la moindre insulte qu'il puisse percevoir."),
    # roles listed with "comme" / "en tant que" again are all the subject's
    ("Lund worked first as a painter, then as a teacher until 1950; she was young.",
     "Lund a d'abord travaillé comme peintre puis comme enseignant jusqu'en 1950 ; elle était jeune.",
     "Lund a d'abord travaillé comme peintre puis comme enseignante jusqu'en 1950 ; elle était jeune."),
    ("She worked as a painter, and as a teacher.",
     "Il a travaillé comme peintre, et en tant qu'enseignant.",
     "Elle a travaillé comme peintre, et en tant qu'enseignante."),
    # "Men's Health" is a magazine, nobody the French pronoun could be
    ("Her long magazine career included a period as an editor at Men's Health for six years and she wrote"
     " two novels.",
     "Sa longue carrière dans la presse a inclus une période de six ans pendant laquelle il a été le rédacteur"
     " de Men's Health, et deux romans.",
     "Sa longue carrière dans la presse a inclus une période de six ans pendant laquelle elle a été la rédactrice"
     " de Men's Health, et deux romans."),
    # an adverbial locution between avoir and été ("a d'abord été", "a tout de suite été")
    ("She was first tried and acquitted in Lyon.",
     "Il a d'abord été jugé et acquitté à Lyon.",
     "Elle a d'abord été jugée et acquittée à Lyon."),
    # a group beside the one person leaves "derrière elle" hers: lui and elle are one person
    ("When she died, she left behind a fortune to three nieces.",
     "Quand elle mourut, elle laissa derrière lui une fortune à trois nièces.",
     "Quand elle mourut, elle laissa derrière elle une fortune à trois nièces."),
    # a listed role noun's adjectives, and a role listed after "ainsi que"
    ("He became a writer and sports presenter.",
     "Elle est devenue journaliste et présentatrice sportive.",
     "Il est devenu journaliste et présentateur sportif."),
    ("She was a gifted singer, as well as a learned historian.",
     "Il était un chanteur doué, ainsi qu'un érudit en histoire.",
     "Elle était une chanteuse douée, ainsi qu'une érudite en histoire."),
    # "l'une des" before an epicene plural noun is a woman's; a man is "l'un des"
    ("He was a founding member of the chess club.",
     "Elle a été l'une des membres fondateurs du club d'échecs.",
     "Il a été l'un des membres fondateurs du club d'échecs."),
])
def test_comma_predicates_complement_chains_adjuncts_relatives_and_one_of(english, wrong, right):
    _assert_fixed_and_kept_alone(english, wrong, right)


def test_the_head_of_a_relative_is_no_noun_before_its_subject():
    from qa_desk.nlp.tokens import tokenize
    from qa_desk.people.french_positions import noun_before
    tokens = tokenize("à la moindre insulte qu'elle perçoit", False)
    at = [t.lower for t in tokens].index("elle")
    assert not noun_before(tokens, at, "f")
    tokens = tokenize("la moindre insulte, elle la perçoit", False)
    assert noun_before(tokens, [t.lower for t in tokens].index("elle"), "f")


def test_one_issue_per_person_and_sentence():
    doc = BilingualDocument([Segment("1", Content("He was a founding member of the chess club."),
                                     Content("Elle a été l'une des membres fondateurs du club d'échecs."),
                                     paragraph=0)], source_lang="en", target_lang="fr")
    issues = run_checks(doc, "gender,title").issues
    assert [(i.text, i.suggestions) for i in issues] == [("Elle a été l'une", ["Il a été l'un"])]


def test_a_singular_description_is_not_the_group_of_that_role():
    # "the young sailor" is not the "three sailors" of the sentence before: him is the sailor's
    french = "La capitaine a salué le courage du jeune marin et s'est dite fière de lui."
    fixed, _ = _fixed_after("Three sailors were rescued on Monday after their boat sank.",
                            "The captain praised the young sailor's courage and said she was proud of him.", french)
    assert fixed == french


@pytest.mark.parametrize("english, wrong, right", [
    # a noun alike in both numbers takes the plural its determiner or number says
    ("She raised three daughters.", "Il a élevé trois fils.", "Elle a élevé trois filles."),
    ("Her daughters live in Lyon.", "Ses fils vivent à Lyon.", "Ses filles vivent à Lyon."),
    # an elided article before a new noun that opens on a consonant opens up
    ("The heiress of the line is the aunt of Paul.", "L'héritier de la lignée est l'oncle de Paul.",
     "L'héritière de la lignée est la tante de Paul."),
])
def test_a_swapped_noun_keeps_its_number_and_its_article(english, wrong, right):
    _assert_fixed_and_kept_alone(english, wrong, right)


def test_a_capitalised_first_name_is_not_a_noun_written_without_its_accent():
    # "Marie" is a name, not "marié" without its accent
    assert _fixed("Her aunt is a doctor.", "Sa tante, amie de Marie, est médecin.") == \
        "Sa tante, amie de Marie, est médecin."


def test_a_swapped_noun_beside_a_right_one_is_fixed():
    assert _fixed("As the daughters grew up, they moved away from their mothers.",
                  "Quand les fils grandirent, ils s'éloignèrent de leurs mères.") \
        == "Quand les filles grandirent, elles s'éloignèrent de leurs mères."  # the group's pronoun too
    # an English noun of the other sex the tables lack ("friar") leaves the English short: nothing changes
    french = "Le moine et sa sœur vivaient à Lyon."
    assert _fixed("The friar and his sister lived in Lyon.", french) == french


def test_an_apposition_after_a_role_subject_agrees_with_it():
    """"La suspecte, âgée de 27 ans et connue des services de police, a été": the adjective with its
    complement opens an apposition between the subject and its verb; what is coordinated in it
    agrees too."""
    context = "A man was stabbed on a tram and a woman was arrested at the scene, police said."
    english = "The suspect, 27, who was known to the police, was restrained by two passengers."
    wrong = "La suspecte, âgée de 27 ans et connu des services de police, a été maîtrisée par deux passagers."
    doc = BilingualDocument([Segment("1", Content(context), Content(
        "Un homme a été poignardé dans un tram et une femme a été interpellée sur place, selon la police."),
        paragraph=0), Segment("2", Content(english), Content(wrong), paragraph=1)],
        source_lang="en", target_lang="fr")
    apply_suggestions(doc, run_checks(doc, "gender,title").issues)
    assert doc.segments[1].target_text == wrong.replace("connu des", "connue des")


def test_a_name_in_apposition_after_a_persons_complement_is_the_head_persons():
    """"Le frère de la ministre, Kofi Mensah": the name in apposition is the brother's, so the
    minister's "la" is not his (but "collègue de la docteure Melon": the title before the name is its own)."""
    english = ("The minister's brother, Kofi Mensah, leads one of the unions. He said he had not "
               "discussed the strike with his sister.")
    french = ("Le frère de la ministre, Kofi Mensah, dirige l'un des syndicats. Il a affirmé ne pas avoir "
              "évoqué la grève avec sa sœur.")
    assert _fixed(english, french) == french
    english = "They were met by Dr. Melon's colleague, the collector Dr. Glencliff."
    wrong = "Ils furent accueillis par le Dr Glencliff, collectionneur et collègue de la docteure Melon."
    assert _fixed(english, wrong) == wrong  # Melon's gender is not in the English: nothing to fix


def test_a_kinship_subjects_apposition_agrees_with_it():
    """"His granddaughter, a teacher from Leeds, said" / "Sa petite-fille, enseignant à Leeds, a dit":
    the French kinship noun renders the English one (resources/people/kinship.tsv), so its apposition
    (a bare role noun or an adjective with its complement) is the granddaughter's."""
    assert _fixed("His granddaughter, a teacher from Leeds, said she had planned the visit.",
                  "Sa petite-fille, enseignant à Leeds, a dit avoir organisé la visite.") \
        == "Sa petite-fille, enseignante à Leeds, a dit avoir organisé la visite."
    assert _fixed("Her stepson, now 40, said he had never met her.",
                  "Son beau-fils, aujourd'hui âgée de 40 ans, a dit ne l'avoir jamais rencontrée.") \
        == "Son beau-fils, aujourd'hui âgé de 40 ans, a dit ne l'avoir jamais rencontrée."


def test_kinship_renderings_cover_both_numbers():
    from qa_desk.people.wordlists import kinship_renderings, translates_role
    table = kinship_renderings()
    assert "petites-filles" in table["granddaughters"] and "belles-sœurs" in table["sisters-in-law"]
    assert translates_role("His granddaughter", "petite-fille") and not translates_role("His granddaughter", "fils")


def test_a_plural_role_group_translates_its_singular_row():
    from qa_desk.people.wordlists import translates_role
    assert translates_role("party chairwomen", "présidentes") and translates_role("the spokesmen", "porte-parole")
    assert not translates_role("party chairwomen", "ministres")


@pytest.mark.parametrize("english, french", [
    # the verb after a relative clause is not the relative's subject's
    pytest.param("The manager said the person involved, whose name he did not reveal, had been suspended."
                 " He apologised to the family.",
                 "Le directeur a précisé que la personne mise en cause, dont il n'a pas révélé le nom,"
                 " avait été écartée. Il a présenté ses excuses à la famille.", id="relative-clause"),
    # a woman may be "l'un des membres"
    pytest.param("She was a founding member of the chess club.",
                 "Elle a été l'un des membres fondateurs du club d'échecs.", id="l-un-des"),
    # every other person in view is a man, but "elle" follows "la situation": the pronoun may be the
    # thing's (a newstest segment whose English is garbled there)
    pytest.param("\" I do not want someone else to stop them, \" he said, in fear that if the other candidate, "
                 "Mr Pelta, is elected, situation f the union might return to the period before Mr Hasek.",
                 "\" Je n'aimerais pas que quelqu'un les arrête \", a-t-il déclaré avec la crainte que dans le "
                 "cas de l'élection de M. Pelta la situation au sein de l'Union ne revienne comme elle était "
                 "avant M. Hasek.", id="a-things-pronoun"),
    # "Madame la Présidente, Monsieur le Ministre, ...": a list of the people addressed, no apposition
    pytest.param("Madam President, Minister, a month ago in this venue the same question was put to a "
                 "European Commission representative, but we did not get a clear answer.",
                 "Madame la Présidente, Monsieur le Ministre, la même question a été posée en cet endroit il "
                 "y a un mois à un représentant de la Commission européenne, mais la réponse n'était pas "
                 "claire.", id="addressees"),
    # "his old diaries" beside "she": the French "qu'il avait écrits" is his, not hers
    pytest.param("His granddaughter, a teacher from Leeds, said she had planned the visit after finding "
                 "his old diaries in a cellar.",
                 "Sa petite-fille, enseignante à Leeds, a expliqué avoir organisé la visite après avoir "
                 "retrouvé dans une cave les carnets qu'il avait écrits pendant la guerre.", id="other-sex-in-view"),
    # "au ladies' club", an English phrase kept as written, is not rewritten "au lords' club"
    pytest.param("Davies died at the University gentlemen's club in London.",
                 "Davies est décédée au ladies' club de l'université à Londres.", id="english-possessive"),
    # the boat is "lancé", not the woman
    pytest.param("She built a boat to be launched in May.",
                 "Elle a construit un bateau pour être lancé en mai.", id="a-things-purpose"),
    # a role "en tant que" after someone else is that one's
    pytest.param("His widow hired the young man as a gardener.",
                 "Sa veuve a engagé le jeune homme en tant que jardinier.", id="en-tant-que-the-object"),
    # a thing's noun after its adjective ("la fine fleur") is no role of the person
    pytest.param("In his youth he was considered the flower of the nobility.",
                 "Dans sa jeunesse, il fut considéré comme la fine fleur de la noblesse.", id="comme-a-thing"),
    pytest.param("In addition to the appointment of Ms Smith as chairwoman, Nahles also joined the board.",
                 "En plus de la nomination de Mme Smith en tant que présidente, Nahles rejoignit aussi le conseil.",
                 id="opening-role-of-someone-named-first"),
    pytest.param("The town took the name in honour of the Foreign Minister, Lord Granville.",
                 "La ville prit ce nom en l'honneur du ministre des Affaires étrangères, Lord Granville.",
                 id="apposition-under-a-preposition"),
    # a role phrase after a finite verb is its object: the participle after it is someone else's
    pytest.param("At present, any enterprise which recruits a new employee is penalized for doing so.",
                 "Dans l'état actuel des choses, une entreprise qui engage un nouveau travailleur est pénalisée.",
                 id="object-after-a-finite-verb"),
    # the understood subject of "to see" is the reporter's: "her" is someone else (Baxter)
    pytest.param("Baxter said a reporter came to see her.",
                 "Baxter a dit qu'un journaliste était venu la voir.", id="subject-control"),
    # "son successeur" is written for a woman too (a masculine noun for anyone, like "témoin")
    pytest.param("The old mayor retired in 2020. His successor, Marie Roy, was elected in March.",
                 "Le maire a pris sa retraite en 2020. Son successeur, Marie Roy, a été élue en mars.",
                 id="successeur-for-a-woman"),
    # two role nouns are two people: the victim is not the minister
    pytest.param("The minister spoke on Monday. The victim, a woman of 30, died.",
                 "Le ministre a parlé lundi. La victime, une femme de 30 ans, est morte.", id="victim-is-not-the-minister"),
    # "She said he": he is not whoever she is (the nurse), so the patient stays a man
    pytest.param("The nurse treated the patient. She said he was recovering.",
                 "L'infirmière a soigné le patient. Elle a dit qu'il se rétablissait.", id="she-said-he"),
    # a pronoun goes to the person a noun already gives its sex before a subject nothing sexes
    pytest.param("The chancellor thanked the queen. She had been generous, he said.",
                 "Le chancelier a remercié la reine. Elle avait été généreuse, a-t-il dit.", id="the-queen-is-she"),
    # "who said": the relative's antecedent reports the pronoun, not the main clause's subject
    pytest.param("The patient was treated by a nurse who said she had worked for 30 hours.",
                 "Le patient a été soigné par une infirmière qui a dit qu'elle avait travaillé 30 heures.",
                 id="a-nurse-who-said-she"),
    # a subject nothing sexes and a named woman in view: "She" is either, so it decides no one's sex
    pytest.param("The minister met Maria Costa, the mayor of Lisbon. She said the city needed money.",
                 "Le ministre a rencontré Maria Costa, maire de Lisbonne. Elle a déclaré que la ville avait besoin "
                 "d'argent.", id="open-between-a-silent-subject-and-a-named-woman"),
    # "handed the shop over to her": the verb's object is the shop, so "l'a renommée" is the shop's
    pytest.param("Mensah handed the shop over to her, and she renamed the shop.",
                 "Mensah lui a cédé la boutique, et elle l'a renommée.", id="an-oblique-her-beside-an-object"),
    # a prepositional phrase between commas is no apposition, even with a role noun in it
    pytest.param("Mr Berg, in a letter to the minister, said he would resign.",
                 "M. Berg, dans une lettre à la ministre, a dit qu'il démissionnerait.", id="a-letter-to-the-minister"),
    # a present participle after a comma, its object after it, never agrees ("gagnant" is right for her);
    # a role noun in -ant with its complement is a noun ("enseignante à la retraite")
    pytest.param("Ramage was an experienced teacher, gaining her experience in the new schools, having been a "
                 "teacher at the Roos Gymnasium.",
                 "Ramage était une professeure expérimentée, gagnant de l'expérience dans les nouvelles écoles, et "
                 "ayant été enseignante au gymnase Roos.", id="a-present-participle-after-a-comma"),
    pytest.param("Jean Whitfield, a retired teacher, said she had seen worse floods.",
                 "Jean Whitfield, enseignante à la retraite, a dit qu'elle avait vu pire.", id="a-role-in-ant-is-a-noun"),
    pytest.param("The mighty Mississippi flooded the town, and the mayor said she was worried.",
                 "Le puissant Mississippi a inondé la ville, et la maire s'est dite inquiète.", id="the-mighty-river"),
    pytest.param("She has three children: two sons and a daughter, and she is proud of them.",
                 "Elle a trois enfants : deux fils et une fille, et elle est fière d'eux.", id="a-colon-with-no-speech"),
    pytest.param("The man, whose wife was injured, was taken to hospital.",
                 "L'homme, dont la femme a été blessée, a été transporté à l'hôpital.", id="whose-wife"),
    pytest.param("The protesters were arrested on Monday.",
                 "Les manifestantes ont été arrêtées lundi.", id="a-group-the-source-does-not-sex"),
    pytest.param("The nurses, most of them women, went on strike.",
                 "Les infirmiers, pour la plupart des femmes, se sont mis en grève.", id="a-mixed-group"),
    # the quotation's speaker is the verb's subject, not whom it is said to; not the name a noun is "of";
    # a French pronoun tied through an ambiguous English one shows nothing of a person the source leaves open
    pytest.param('"I am tired," he told his wife, who said she was worried.',
                 "« Je suis fatigué », a-t-il dit à sa femme, qui s'est dite inquiète.", id="said-to-his-wife"),
    pytest.param("Paul Roy's mother said: I am proud of him.",
                 "La mère de Paul Roy a déclaré : je suis fière de lui.", id="the-mother-of-the-name"),
    pytest.param("Her coach, a former champion, said she was ready.",
                 "Son entraîneur, un ancien champion, a déclaré qu'elle était prête.", id="her-coach-said-she"),
    pytest.param("He met her at home, where she lived with her mother.",
                 "Il l'a rencontrée chez elle, où elle vivait avec sa mère.", id="met-her-at-home"),
    pytest.param("Anna Berg, one of the founders of the party, said she was leaving.",
                 "Anna Berg, l'une des fondatrices du parti, a dit qu'elle partait.", id="one-of-the-founders"),
    pytest.param("The woman who married Paul Roy was born in Lyon.",
                 "La femme qui a épousé Paul Roy est née à Lyon.", id="the-name-is-the-relative-s-object"),
    pytest.param("She visited the county town, where she met the mayor.",
                 "Elle a visité le chef-lieu, où elle a rencontré le maire.", id="chef-lieu-is-a-town"),
    pytest.param("She was one of the best writers in the west.",
                 "Elle était l'une des meilleurs auteurs de l'ouest.", id="a-woman-of-a-mixed-group"),
    pytest.param("The King's household was run by his former Governor, Baron Lehzen.",
                 "La maisonnée du roi était gérée par son ancien gouverneur, le baron Lehzen.",
                 id="du-opens-no-subject"),
    pytest.param("I referred to the man or woman dressed as a cigarette packet.",
                 "J'ai fait allusion à un homme ou une femme déguisé en paquet de cigarettes.", id="man-or-woman"),
    pytest.param("Policewomen is a 1974 film about a male police officer who joins a gang.",
                 "Cette femme est un flic est un film de 1974 sur un policier qui rejoint un gang.", id="a-male-officer"),
    pytest.param("The queen and the king arrived in Paris on Monday.",
                 "Le roi et la reine sont arrivés à Paris lundi.", id="both-sexes-in-another-order"),
    pytest.param("She was Princess-Abbess of the Theresian Royal and Imperial Ladies Chapter of Prague.",
                 "Elle était princesse-abbesse du Chapitre impérial et royal thérésien des dames de Prague.",
                 id="adjectives-coordinated-in-a-complement"),
    pytest.param("Mr Roy is deputy to the mayor, and the director of the school has resigned.",
                 "M. Roy est adjoint au maire, et la directrice de l'école a démissionné.", id="a-new-subject-after-et"),
    pytest.param("The vote count showed that he had won.",
                 "Le décompte des voix a montré qu'il avait gagné.", id="a-vote-count"),
    pytest.param("A count of the ballots showed that she had won by ten votes.",
                 "Un décompte des bulletins a montré qu'elle avait gagné de dix voix.", id="a-count-of-ballots"),
    pytest.param("When a mother is the main provider, things are harder.",
                 "Lorsque la mère est le principal soutien, les choses sont plus difficiles.",
                 id="an-adjective-before-a-thing-noun"),
    pytest.param("Police named the victim as John Smith.",
                 "La police a identifié la victime comme étant John Smith.", id="victim-named-as"),
])
def test_a_right_french_is_left_alone(english, french):
    assert _fixed(english, french) == french


def test_a_title_to_become_keeps_its_own_fix():
    # "devenir Dame" is a title: its own fix is "Sir", not a role noun's "Monsieur"
    assert _fixed("He was one of the first two men entertainers to become a Sir.",
                  "Elle était l'une des deux premières artistes à devenir Dame.") == \
        "Il était l'un des deux premiers artistes à devenir Sir."


def test_a_bare_surname_two_relatives_share_is_tied_to_neither():
    # "Her brother, Carlos Mendes" is a relative of Ana Mendes: a later bare "Mendes" may be either,
    # and the French "Mme Mendes" is not Carlos because the English sentence's "him" is Carlos
    pairs = [("Ana Mendes, the mayor of the town, opened the new bridge on Saturday.",
              "Ana Mendes, maire de la ville, a inauguré samedi le nouveau pont."),
             ("Her brother, Carlos Mendes, a local businessman, financed part of the work.",
              "Son frère, Carlos Mendes, homme d'affaires local, a financé une partie des travaux."),
             ("Mendes thanked him in a short speech.",
              "Mme Mendes l'a remercié dans un bref discours.")]
    doc = BilingualDocument([Segment(str(n), Content(en), Content(fr), paragraph=n)
                             for n, (en, fr) in enumerate(pairs)], source_lang="en", target_lang="fr")
    assert run_checks(doc, "gender,title").issues == []


def _story_fixed(pairs) -> list[str]:
    doc = BilingualDocument([Segment(str(n), Content(en), Content(fr), paragraph=n)
                             for n, (en, fr) in enumerate(pairs)], source_lang="en", target_lang="fr")
    apply_suggestions(doc, run_checks(doc, "gender,title").issues)
    return [s.target_text for s in doc.segments]


def _assert_second_fixed_and_kept(first: tuple, english: str, wrong: str, right: str) -> None:
    assert _story_fixed([first, (english, wrong)])[1] == right
    assert _story_fixed([first, (english, right)])[1] == right


def test_two_pronouns_of_two_people_are_read_in_order():
    # he and she of two people, both swapped in the French: the n-th il/elle is the n-th he/she
    first = ("Nikola Petrov and his wife, Elena, run a bakery in Sofia.",
             "Nikola Petrov et sa femme, Elena, tiennent une boulangerie à Sofia.")
    english = "He bakes the bread at night, while she serves customers during the day."
    _assert_second_fixed_and_kept(first, english, "Elle fait le pain la nuit, tandis qu'il sert les clients pendant "
                                  "la journée.", "Il fait le pain la nuit, tandis qu'elle sert les clients pendant "
                                  "la journée.")
    # the French says it the other way round: the places differ, nothing is read in order
    reordered = "Pendant la journée, elle sert les clients, et il fait le pain la nuit, depuis des années déjà."
    assert _story_fixed([first, (english, reordered)])[1] == reordered


def test_they_after_a_group_of_one_sex_in_the_sentence_before():
    first = ("The three sisters, all doctors, opened a clinic in 2010.",
             "Les trois sœurs, toutes médecins, ont ouvert une clinique en 2010.")
    english = "They said they were proud of what they had built."
    _assert_second_fixed_and_kept(first, english, "Ils ont déclaré qu'ils étaient fiers de ce qu'ils avaient construit.",
                                  "Elles ont déclaré qu'elles étaient fières de ce qu'elles avaient construit.")
    # a group of things beside the women in the sentence before: "they" may be either
    mixed = ("The sisters and the doctors opened a clinic in 2010.",
             "Les sœurs et les médecins ont ouvert une clinique en 2010.")
    wrong = "Ils ont déclaré qu'ils étaient fiers de ce qu'ils avaient construit."
    assert _story_fixed([mixed, (english, wrong)])[1] == wrong


def test_an_unnamed_referent_is_shown_with_its_compound_and_article():
    doc = BilingualDocument([Segment("1", Content("A police officer said she was hurt."),
                                     Content("Un policier a déclaré qu'il était blessé."), paragraph=0)],
                            source_lang="en", target_lang="fr")
    assert run_checks(doc, "gender,title").issues[0].message.startswith("A police officer is a woman")


def test_a_clause_before_a_second_name_is_no_complement_of_the_first_role():
    # "La ministre ... Ana Costa a rencontré son homologue, le général Luis Vega": "La" is hers, not his
    pairs = [("Defence Minister Ana Costa met her counterpart, General Luis Vega, on Monday.",
              "La ministre de la Défense Ana Costa a rencontré son homologue, le général Luis Vega, lundi."),
             ("Costa said she was satisfied, while Vega said he needed more time.",
              "Mme Costa s'est dite satisfaite, tandis que Vega a déclaré qu'il avait besoin de plus de temps.")]
    assert _story_fixed(pairs) == [fr for _, fr in pairs]


def test_a_surname_before_family_is_no_person():
    # "the Darwin–Wedgwood family" names no one: "the author" is still the one woman before
    context = "The book includes anecdotes about many of her extended family (see Darwin–Wedgwood family)."
    english = "The book is illustrated throughout with wood engravings by the author."
    fixed, _ = _fixed_after(context, english, "Le livre est illustré de gravures sur bois réalisées par l'auteur.")
    assert fixed == "Le livre est illustré de gravures sur bois réalisées par l'autrice."
    from qa_desk.people.english_referents import find_source_people
    doc = BilingualDocument([Segment("1", Content("The Kennedy family said it was saddened."), Content(""),
                                     paragraph=0)], source_lang="en", target_lang="fr")
    assert [p.name for p in find_source_people(doc).people if not p.unnamed] == []


def test_le_dr_for_a_woman_is_left_as_written():
    french = "L'étude a été dirigée par le Dr Priya Nair, qui s'est dite encouragée."
    assert _fixed("The study was led by Dr. Priya Nair, who said she was encouraged.", french) == french


def test_a_fixed_gender_noun_keeps_its_phrase_s_gender():
    # "la nouvelle recrue" is feminine whoever it names (not "le nouveau recru"); "un écrivain star" is still his
    french = "La nouvelle recrue, Tom Baker, s'est dite prête."
    assert _fixed("The new recruit, Tom Baker, said he was ready.", french) == french


def test_the_she_of_a_ship_is_no_woman():
    french = "Le navire de croisière a quitté le port lundi ; il atteindra New York dans une semaine."
    assert _fixed("The cruise ship left port on Monday; she will reach New York in a week.", french) == french
    # a woman who attacks "a ship" is still a woman
    assert _fixed("She attacked a nearby ship to get food.", "Il attaqua un navire proche pour trouver à manger.") \
        == "Elle attaqua un navire proche pour trouver à manger."
    # a title and a number name a ship too: "The Queen Mary 2 ... She will reach"
    french = "Le Queen Mary 2 a quitté Southampton dimanche. Il atteindra New York dans sept jours."
    assert _fixed("The Queen Mary 2 left Southampton on Sunday. She will reach New York in seven days.", french) \
        == french
    # the ship named in the segment before
    french = "Il atteindra New York dans une semaine."
    assert _fixed_after("The cruise ship left port on Monday.", "She will reach New York in a week.", french)[0] \
        == french
    # a month and a year are no ship
    assert _fixed("In May 2012, she became a judge.", "En mai 2012, il est devenu juge.") \
        == "En mai 2012, elle est devenue juge."


def test_a_description_after_a_name_in_its_sentence_is_not_someone_from_before():
    # "Anna Weber who became the new director": a loose parse makes "the new director" a subject;
    # with a name before it in its sentence it is not the architect of two sentences back
    pairs = [("The architect Tom Hale has now renovated the old pavilion.",
              "L'architecte Tom Hale a rénové le vieux pavillon."),
             ("The museum is a branch of the Belvedere museum, which will open the first exhibition on Tuesday.",
              "Le musée est une annexe du musée du Belvédère, qui ouvrira la première exposition mardi."),
             ("Anna Weber who became the new director of the Austrian Galerie Belvedere in 2007 was instrumental "
              "in the new beginning.",
              "Le nouveau départ a été mené à bien par Anna Weber, qui est devenue la nouvelle directrice de la "
              "galerie en 2007.")]
    doc = BilingualDocument([Segment(str(n + 1), Content(en), Content(fr), paragraph=n)
                             for n, (en, fr) in enumerate(pairs)], source_lang="en", target_lang="fr")
    fix_in_passes(doc, "gender,title")
    assert [s.target_text for s in doc.segments] == [fr for _, fr in pairs]


def test_a_relative_with_no_main_verb_in_reach_leaves_the_rest_of_the_sentence_to_read():
    # the role phrase's relative ends at a parenthetical; the pronoun further on is still the nurse's
    fixed = _fixed("The nurse who treated the patient, hospital staff said, was exhausted, and she went home.",
                   "L'infirmier qui a soigné le patient, selon le personnel de l'hôpital, était épuisé, et il est "
                   "rentré chez lui.")
    assert fixed.startswith("L'infirmière qui a soigné le patient")
    assert fixed.endswith("et elle est rentrée chez elle.")

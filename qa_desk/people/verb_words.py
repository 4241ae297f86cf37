"""French verb and function words the agreement readers share: être, avoir, copulas, clitics."""
from __future__ import annotations

# être, and verbs that link a subject to an adjective, in the third and first person singular.
ETRE = {"est", "était", "sera", "serait", "fut", "soit", "suis", "étais", "serai", "serais", "sois", "été",
        "être", "étant", "sont", "étaient", "seront", "seraient", "furent", "soient",
        "fût", "fus", "fusse", "fussent", "es", "sommes", "êtes", "étions", "étiez", "serons", "serez",
        "serions", "seriez", "soyons", "soyez", "fûmes", "fûtes"}  # (plural subjects too; "bien qu'il fût exclu")
AVOIR = {"a", "avait", "aura", "aurait", "ait", "eut", "ai", "avais", "aurai", "aurais", "aie", "avoir",
         "ayant", "ont", "avaient", "auront", "auraient", "eurent", "aient",
         "eût", "eus", "eusse", "eussent", "as", "avons", "avez", "avions", "aviez", "aurons", "aurez",
         "aurions", "auriez", "ayons", "ayez", "aies"}
COPULAS = {"semble", "semblait", "paraît", "paraissait", "reste", "restait", "demeure", "demeurait",
           "devient", "devenait", "deviendra", "redevient", "restera", "demeurera", "sembler", "paraître",
           "rester", "demeurer", "devenir", "devint", "redevint", "resta", "demeura", "sembla", "parut",
           "restera", "deviendrait", "resterait", "devenant", "redevenant", "restant", "demeurant"}
# Participles whose attribute also agrees with the subject: "a été nommée directrice", "est devenue
# présidente", "a été élue députée".
ATTRIBUTE_PARTICIPLES = {stem + ending for stem in ("devenu", "redevenu", "nommé", "élu", "réélu", "désigné",
                                                    "promu", "resté", "demeuré", "considéré", "proclamé",
                                                    "sacré", "couronné", "reconduit", "confirmé", "ordonné",
                                                    "investi", "choisi", "intronisé", "porté", "laissé")
                         for ending in ("", "e")}
# Pronominal verbs whose participle and attribute agree: "s'est dite satisfaite".
# Participles of être verbs of coming and going, an adjective after them is the subject's ("est arrivée blessée").
COMPLEMENT_PARTICIPLES = {stem + ending for stem in ("arrivé", "revenu", "parti", "mort", "né", "entré", "sorti",
                                                     "rentré", "tombé", "retourné", "décédé", "venu", "reparti")
                          for ending in ("", "e")}
ATTRIBUTE_VERBS = {"dit", "dite", "montré", "montrée", "déclaré", "déclarée", "affirmé", "affirmée",
                   "estimé", "estimée", "avoué", "avouée", "révélé", "révélée", "senti", "sentie", "trouvé",
                   "trouvée", "retrouvé", "retrouvée", "voulu", "voulue", "dites", "dits", "montrés",
                   "montrées", "déclarés", "déclarées", "sentis", "senties", "trouvés", "trouvées",
                   "avéré", "avérée", "avérés", "avérées", "révélés", "révélées", "retrouvés", "retrouvées"}
CLITICS = {"s'", "se", "ne", "n'", "en", "y", "lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "l'",
           "le", "la", "les"}
# Words that open a direct object after a participle ("s'est lavé les mains").
OBJECT_OPENERS = {"le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "mon", "ma",
                  "mes", "leur", "leurs", "ce", "cette", "ces", "quelques", "plusieurs"}
COORDINATORS = {"et", "mais", "ou", "voire", "puis", ","}
# Determiners that open a plural noun phrase ("les religieuses", "ces infirmières").
PLURAL_DETERMINERS = {"les", "ces", "ses", "leurs", "nos", "vos", "mes", "tes"}
QUOTE_MARKS = {"«", "»", "\"", "“", "”"}
# Verbs before an infinitive être/avoir whose participle agrees with the subject.
SEMI_AUXILIARIES = {"veut", "voulait", "voudrait", "préfère", "préférait", "peut", "pouvait", "pourrait",
                    "doit", "devait", "devrait", "semble", "semblait", "espère", "espérait", "souhaite",
                    "souhaitait", "refuse", "refusait", "va", "allait", "ira", "vient", "venait", "veux", "peux",
                    "dois", "vais", "espère", "souhaiterait", "aimerait", "accepte", "acceptait", "risque",
                    "révéla", "révèle", "révélait", "avéra", "avère", "avérait", "montra", "montre", "sembla",
                    "parut", "paraît", "semblait", "semble", "déclara", "affirma", "prétend", "prétendait"}
PREPOSITIONS = {"à", "de", "d'", "du", "des", "au", "aux", "selon", "avec", "pour", "par", "contre", "sans",
                "entre", "chez", "sur", "vers", "envers", "auprès", "pendant", "devant", "derrière", "après",
                "avant", "dont", "comme", "sous", "malgré", "parmi"}


TIME_NOUNS = {"jour", "jours", "an", "ans", "année", "années", "mois", "semaine", "semaines", "heure", "heures",
              "instant", "moment", "minute", "minutes", "fois", "nuit", "nuits", "matin", "soir", "journée",
              "soirée", "seconde", "secondes", "siècle", "décennie"}


INDIRECT_SE = {stem + e for stem in ("dit", "demandé", "promis", "juré", "répété", "imaginé", "figuré", "rappelé",
                                     "permis", "reproché", "avoué", "écrit", "téléphoné")
               for e in ("", "e")}


REPORTING_PARTICIPLES = {"raconté", "affirmé", "assuré", "dit", "déclaré", "reconnu", "admis", "expliqué", "indiqué",
                         "estimé", "pensé", "cru", "espéré", "nié", "avoué", "confié", "juré", "prétendu",
                         "souligné", "rappelé", "regretté"}
# Simple tenses of pronominal verbs whose attribute agrees with the subject: "elle se dit prête",
# "il se porta candidat", "elle se sentait seule", "il se voit contraint de".
_ER_ENDINGS = ("e", "ent", "ait", "aient", "a", "èrent", "era", "eront", "erait", "eraient")
PRONOMINAL_ATTRIBUTE_FORMS = {stem + ending for stem in ("montr", "déclar", "affirm", "avou", "révél", "trouv",
                                                          "retrouv", "port", "proclam", "consacr")
                              for ending in _ER_ENDINGS} | {
    "dit", "disent", "disait", "disaient", "dira", "diront", "dirait", "diraient",
    "sent", "sentent", "sentait", "sentaient", "sentit", "sentirent", "sentira", "sentirait",
    "voit", "voient", "voyait", "voyaient", "vit", "virent", "verra", "verrait",
    "croit", "croient", "croyait", "croyaient", "crut", "sait", "savait", "savaient", "sut"}


# Pronominal verbs built with "de" whose participle agrees with the subject: "s'est inspirée des murs"
# is de + les, no direct object (unlike "s'est offert des vacances", where se is indirect).
DE_PRONOMINALS = {stem + ending for stem in ("inspiré", "emparé", "souvenu", "moqué", "occupé", "servi", "approché",
                                             "éloigné", "rapproché", "méfié", "réjoui", "chargé", "retiré", "séparé",
                                             "débarrassé", "inquiété", "plaint", "excusé", "félicité", "nourri",
                                             "entouré", "doté", "muni", "saisi", "lassé", "détourné", "écarté",
                                             "désisté", "démarqué", "distingué", "enfui", "évadé", "échappé",
                                             "réclamé", "prévalu", "abstenu", "acquitté")
                  for ending in ("", "e")}


# Adjectives in -ant that open an impersonal "il est X de / que" (what a fact is, not what someone feels).
IMPERSONAL_ANT = {"important", "intéressant", "étonnant", "surprenant", "navrant", "gênant", "inquiétant", "frappant",
                  "choquant", "décevant", "rassurant", "troublant", "suffisant", "amusant", "fascinant", "embarrassant",
                  "encourageant", "décourageant", "satisfaisant", "stupéfiant", "effrayant", "révoltant", "consternant",
                  "affligeant", "déroutant", "tentant", "plaisant", "déplaisant", "réconfortant", "édifiant",
                  "alarmant", "préoccupant", "accablant", "humiliant", "épuisant", "gratifiant", "stimulant",
                  "passionnant", "intrigant", "énervant", "agaçant", "irritant", "touchant", "émouvant",
                  "bouleversant", "pesant", "vexant", "méchant", "marrant", "existant", "courant", "pressant"}

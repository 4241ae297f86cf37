"""Who is who: the people a document mentions, their gender, and the French words that must agree.

Data flows one way: the English source is read first (names, titles, role nouns, pronouns and
what they refer to), then the French (the words that refer to each person), then each person's
gender is decided from the evidence (``build.build_cast``, the "people" analysis of the checks).
"""

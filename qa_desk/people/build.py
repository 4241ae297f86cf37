"""The people analysis, one way through: English referents -> French references -> genders.

Stages, each a module of this package that imports only the stages before it:
``english_referents`` (who the source names and what its pronouns refer to) ->
``french_reader`` (the French words that refer to each person and agree with them) ->
here, where each person's gender is decided from the evidence, the user's choice first.
"""
from __future__ import annotations

from ..model import Evidence
from .cast import SHORT, WEIGHTS, Cast
from .english_referents import find_source_people
from .french_reader import find_target_mentions
from .title_links import link_loose_titles


def build_cast(ctx) -> Cast:
    """Analysis provider "people" for the check context (see checks.registry.ANALYSES)."""
    doc = ctx.document
    cast = find_source_people(doc)
    find_target_mentions(doc, cast)
    link_loose_titles(doc, cast)
    overrides = ctx.settings.get("people_overrides", {})
    for person in cast.people:
        if person.key in overrides and overrides[person.key]:
            person.override = SHORT.get(overrides[person.key], overrides[person.key])
            person.add_evidence(Evidence(f"set by the user: {person.override}", side="user", kind="user",
                                         gender=person.override), WEIGHTS["user"])
        person.decide()
    return cast

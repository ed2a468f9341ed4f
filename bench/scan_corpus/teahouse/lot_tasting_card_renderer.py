"""Render printable tasting cards for lots, combining cupper notes with lot metadata."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "tasting_cards"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class TastingCard:
    lot_code: str
    estate: str
    flush: str
    cupper: str
    score: float
    notes: str
    descriptors: list[str] = field(default_factory=list)


def descriptor_chips(descriptors: list[str]) -> Markup:
    chips = (Markup('<span class="chip">{}</span>').format(d) for d in descriptors)
    return Markup("").join(chips)


def notes_paragraphs(notes: str) -> Markup:
    paragraphs = [p.strip() for p in notes.split("\n\n") if p.strip()]
    return Markup("\n").join(Markup("<p>{}</p>").format(escape(p)) for p in paragraphs)


env.filters["chips"] = descriptor_chips
env.filters["paragraphs"] = notes_paragraphs


def render_card(card: TastingCard) -> str:
    template = env.get_template("card.html")
    return template.render(card=card, score_band=_band(card.score))


def _band(score: float) -> str:
    if score >= 90:
        return "exceptional"
    if score >= 84:
        return "specialty"
    return "commercial"


def render_sheet(cards: list[TastingCard]) -> str:
    template = env.get_template("sheet.html")
    return template.render(cards=[Markup(render_card(c)) for c in cards])

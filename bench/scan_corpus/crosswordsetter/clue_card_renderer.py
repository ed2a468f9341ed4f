"""Render shareable clue-of-the-day cards for the puzzle site.

Solvers can submit their favourite clue from a puzzle with a short comment;
the best ones are shown as cards on the homepage. Comments are free text, so
the templates are rendered with autoescaping on, and the only markup added
in Python is a fixed wrapper around escaped text.
"""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("xwsyndicate", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class ClueCard:
    clue_text: str
    enumeration: str
    setter_pen_name: str
    nominated_by: str
    comment: str


def enumeration_badge(enumeration: str) -> Markup:
    return Markup('<span class="enum">({})</span>').format(enumeration)


env.filters["enum_badge"] = enumeration_badge


def render_cards(cards: list[ClueCard]) -> str:
    template = env.get_template("clue_cards.html")
    return template.render(cards=cards, heading="Clues of the week")


def plain_summary(card: ClueCard) -> str:
    """Text used for the og:description meta tag (escaped by the template too)."""
    return f"{card.clue_text} ({card.enumeration}) by {card.setter_pen_name}"


def render_single(card: ClueCard) -> str:
    body = Markup("<blockquote>{}</blockquote>").format(escape(card.clue_text))
    return env.get_template("clue_card.html").render(card=card, body=body)

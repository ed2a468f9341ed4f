"""Renders lookbook gown cards with stylist captions and bride testimonials."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

CARD_TEMPLATE = """
<article class="gown-card">
  <h3>{{ gown.name }} <small>{{ gown.designer }}</small></h3>
  <p class="caption">{{ caption }}</p>
  <blockquote>{{ gown.testimonial }}</blockquote>
  <span class="price">from &pound;{{ gown.price }}</span>
</article>
"""


@dataclass
class LookbookGown:
    name: str
    designer: str
    price: int
    caption_text: str
    testimonial: str = ""


class CaptionFormatter:
    """Stylists may separate caption paragraphs with blank lines."""

    joiner = Markup("<br>\n")

    def format(self, text: str) -> Markup:
        paragraphs = [escape(p.strip()) for p in text.split("\n\n") if p.strip()]
        return self.joiner.join(paragraphs)


class CardRenderer:
    def __init__(self, formatter: CaptionFormatter | None = None) -> None:
        self.formatter = formatter or CaptionFormatter()
        self.env = Environment(
            loader=DictLoader({"card.html": CARD_TEMPLATE}),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        )

    def render(self, gown: LookbookGown) -> str:
        template = self.env.get_template("card.html")
        return template.render(gown=gown, caption=self.formatter.format(gown.caption_text))

    def render_page(self, gowns: list[LookbookGown]) -> str:
        return "\n".join(self.render(g) for g in gowns)

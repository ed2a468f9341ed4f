"""Builds the HTML body of the weekly 'coming up for auction' newsletter."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

ENV_OPTIONS = {
    "loader": PackageLoader("auction", "templates/email"),
    "autoescape": select_autoescape(["html", "xml"]),
    "trim_blocks": True,
}
env = Environment(**ENV_OPTIONS)


@dataclass
class NewsletterLot:
    lot_number: int
    title: str
    consignor_blurb: str
    estimate_gbp: int
    url: str


def blurb_html(text: str) -> Markup:
    lines = [escape(line) for line in text.splitlines() if line.strip()]
    return Markup("<br>").join(lines)


class NewsletterBuilder:
    template_name = "highlights.html"

    def __init__(self, sale_title: str) -> None:
        self.sale_title = sale_title

    def _context(self, lots: Iterable[NewsletterLot]) -> dict:
        return {
            "sale_title": self.sale_title,
            "lots": [
                {
                    "number": lot.lot_number,
                    "title": lot.title,
                    "blurb": blurb_html(lot.consignor_blurb),
                    "estimate": f"£{lot.estimate_gbp:,}",
                    "url": lot.url,
                }
                for lot in lots
            ],
        }

    def render(self, lots: Iterable[NewsletterLot]) -> str:
        return env.get_template(self.template_name).render(**self._context(lots))

"""Builds the daily HTML e-mail digest of open maintenance tickets per well pad."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("tickets", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class TicketRow:
    number: str
    pad: str
    asset: str
    priority: int
    title: str
    reporter_notes: str


def _notes_html(notes: str) -> Markup:
    # contractors type multi-line notes in the portal; keep their line breaks
    paragraphs = [p.strip() for p in notes.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))


def render_digest(pad: str, day: date, tickets: list[TicketRow]) -> str:
    template = env.get_template("digest.html")
    rows = [
        {
            "number": t.number,
            "asset": t.asset,
            "priority": t.priority,
            "title": t.title,
            "notes": _notes_html(t.reporter_notes),
        }
        for t in sorted(tickets, key=lambda t: (t.priority, t.number))
    ]
    return template.render(pad=pad, day=day.isoformat(), rows=rows, total=len(rows))

"""Plaque layout preview for club trophies.

Shows the club secretary how the winners' names will be set on the plaque
band, one entry per year. Rendered server-side into an HTML fragment that
the portal drops into the commission page.
"""
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("trophy_portal", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

MAX_CHARS_PER_LINE = 34


@dataclass
class PlaqueEntry:
    year: int
    winner: str
    subtitle: str = ""


def _first_line(entry: PlaqueEntry) -> str:
    return f"{entry.year}  {entry.winner.strip()}"


def _entry_html(entry: PlaqueEntry) -> Markup:
    parts = [_first_line(entry)]
    if entry.subtitle.strip():
        parts.append(entry.subtitle.strip())
    return Markup("<br>").join(parts)


def too_long(entries: list[PlaqueEntry]) -> list[int]:
    return [e.year for e in entries if len(_first_line(e)) > MAX_CHARS_PER_LINE]


def render_plaque(club_name: str, trophy_title: str, entries: list[PlaqueEntry]) -> str:
    template = env.get_template("plaque_preview.html")
    ordered = sorted(entries, key=lambda e: e.year)
    return template.render(
        club=club_name,
        trophy=trophy_title,
        rows=[_entry_html(e) for e in ordered],
        overlong=too_long(ordered),
    )

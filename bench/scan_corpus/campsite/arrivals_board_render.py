"""Render today's arrivals board for reception staff (HTML page shown on the desk screen)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape


@dataclass
class Arrival:
    reference: str
    surname: str
    pitch: str
    eta: str | None
    special_requests: str


def _requests_html(text: str) -> Markup:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Markup("<br>".join(lines))


def _badge(pitch: str) -> Markup:
    return Markup('<span class="pitch-badge">{}</span>').format(pitch)


def build_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reception", "templates"),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["requests_html"] = _requests_html
    env.filters["badge"] = _badge
    return env


def render_board(env: Environment, arrivals: list[Arrival], day: date) -> str:
    template = env.get_template("arrivals_board.html")
    ordered = sorted(arrivals, key=lambda a: (a.eta or "99:99", a.surname.lower()))
    return template.render(
        day=day,
        arrivals=ordered,
        title=escape(f"Arrivals for {day:%A %d %B}"),
        total=len(ordered),
    )

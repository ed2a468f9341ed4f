"""Rendering helpers for athlete profile badges and achievement cards."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("profiles", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

BADGE_ICONS = {
    "marathon": "icon-medal",
    "streak_30": "icon-flame",
    "pr": "icon-bolt",
}


def badge_html(kind: str, athlete_name: str) -> Markup:
    icon = BADGE_ICONS.get(kind, "icon-star")
    return Markup('<span class="badge {}" title="{}"><i></i></span>').format(icon, athlete_name)


def achievement_card(athlete, achievements) -> str:
    template = env.get_template("achievement_card.html")
    return template.render(
        athlete=athlete,
        badges=[badge_html(a.kind, athlete.display_name) for a in achievements],
    )

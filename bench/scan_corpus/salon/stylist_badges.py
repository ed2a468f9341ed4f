"""Template helpers for stylist profile cards on the booking site."""
from __future__ import annotations

from flask import Flask
from markupsafe import Markup

LEVEL_CLASSES = {
    "apprentice": "badge-apprentice",
    "stylist": "badge-stylist",
    "senior_stylist": "badge-senior",
    "creative_director": "badge-director",
}


def stylist_badge(stylist) -> Markup:
    css = LEVEL_CLASSES.get(stylist.level, "badge-stylist")
    return Markup('<span class="badge {}" title="{}">{}</span>').format(
        css, stylist.level.replace("_", " ").title(), stylist.display_name
    )


def specialities(stylist) -> Markup:
    items = Markup("").join(Markup("<li>{}</li>").format(s.name) for s in stylist.specialities)
    return Markup('<ul class="specialities">{}</ul>').format(items)


def register(app: Flask) -> None:
    app.add_template_filter(stylist_badge, "stylist_badge")
    app.add_template_filter(specialities, "specialities")

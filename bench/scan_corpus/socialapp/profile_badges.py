"""Template helpers that render badges and name lines on profile headers."""

from flask import Flask
from markupsafe import Markup, escape

BADGE_CLASSES = {
    "verified": "badge badge-verified",
    "moderator": "badge badge-mod",
    "new": "badge badge-new",
}


def name_line(profile) -> Markup:
    return Markup('<span class="display-name">{}</span> <span class="handle">@{}</span>').format(
        profile.display_name, profile.username
    )


def badge(kind: str, label: str) -> Markup:
    css = BADGE_CLASSES.get(kind, "badge")
    return Markup('<span class="{}" title="{}">{}</span>').format(css, label, label)


def pronouns(profile) -> Markup:
    if not profile.pronouns:
        return Markup("")
    return Markup('<span class="pronouns">(') + escape(profile.pronouns) + Markup(")</span>")


def register_helpers(app: Flask) -> None:
    app.jinja_env.globals.update(name_line=name_line, badge=badge, pronouns=pronouns)

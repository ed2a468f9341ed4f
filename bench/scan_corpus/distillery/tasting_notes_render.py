"""Jinja filters and helpers for the public tasting-notes wall.

Visitors leave a short tasting note after a tour; approved notes are shown on
the website next to each release. Guests often write several lines, so we
keep their line breaks.
"""
from datetime import datetime

from flask import Blueprint, render_template
from markupsafe import Markup

from .models import TastingNote

bp = Blueprint("notes", __name__)


@bp.app_template_filter("nl2br")
def nl2br(value: str) -> Markup:
    return Markup(value.replace("\r\n", "\n").replace("\n", "<br>\n"))


@bp.app_template_filter("shortdate")
def shortdate(value: datetime) -> str:
    return value.strftime("%d %b %Y")


def _approved_for(release_slug: str) -> list[TastingNote]:
    return (
        TastingNote.query.filter_by(release_slug=release_slug, approved=True)
        .order_by(TastingNote.created_at.desc())
        .limit(50)
        .all()
    )


@bp.get("/releases/<release_slug>/notes")
def release_notes(release_slug: str):
    notes = _approved_for(release_slug)
    return render_template("releases/notes.html", release=release_slug, notes=notes)

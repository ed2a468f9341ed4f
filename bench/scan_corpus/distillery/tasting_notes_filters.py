"""Template filters for guest tasting notes shown on release pages.

Guests' line breaks are preserved; everything they typed is escaped first and
only our own ``<br>`` tags are added.
"""
from datetime import datetime

from flask import Blueprint, render_template
from markupsafe import Markup, escape

from .models import TastingNote

bp = Blueprint("tasting_notes", __name__)

_BREAK = Markup("<br>\n")


@bp.app_template_filter("nl2br")
def nl2br(value: str) -> Markup:
    lines = value.replace("\r\n", "\n").split("\n")
    return _BREAK.join(escape(line) for line in lines)


@bp.app_template_filter("stars")
def stars(rating: int) -> str:
    rating = max(0, min(5, int(rating)))
    return "\u2605" * rating + "\u2606" * (5 - rating)


@bp.get("/releases/<slug>/tasting-notes")
def notes_for_release(slug: str):
    notes = (
        TastingNote.query.filter_by(release_slug=slug, approved=True)
        .order_by(TastingNote.created_at.desc())
        .limit(50)
        .all()
    )
    return render_template("releases/tasting_notes.html", slug=slug, notes=notes, now=datetime.utcnow())

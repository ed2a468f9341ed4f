"""Alumni magazine "Class Notes" feed on the alumni portal.

Notes are free text submitted by alumni and shown after moderation; we
keep their line breaks but escape everything they typed.
"""
from flask import Blueprint, render_template, request
from markupsafe import Markup, escape

from .models import ClassNote

bp = Blueprint("class_notes", __name__, url_prefix="/class-notes")

PAGE_SIZE = 25


def render_note_body(text: str) -> Markup:
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    html = Markup("")
    for para in paragraphs:
        lines = Markup("<br>").join(escape(line) for line in para.splitlines())
        html += Markup("<p>{}</p>").format(lines)
    return html


@bp.route("/")
@bp.route("/<int:class_year>")
def feed(class_year: int | None = None):
    page = max(1, request.args.get("page", 1, type=int))
    query = ClassNote.query.filter_by(approved=True)
    if class_year:
        query = query.filter_by(class_year=class_year)
    notes = query.order_by(ClassNote.published_at.desc()).paginate(page=page, per_page=PAGE_SIZE)
    items = [
        {"author": n.author_display_name, "year": n.class_year, "body": render_note_body(n.body)}
        for n in notes.items
    ]
    return render_template("class_notes/feed.html", items=items, pagination=notes, class_year=class_year)

"""Public gallery of quilt show entries.

Entry cards show the quilt photo, its title and the artist statement the
entrant wrote. Statements often span several paragraphs, so line breaks are
kept when the statement is displayed.
"""
from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

from quilter.show.models import Show, ShowEntry

bp = Blueprint("show_gallery", __name__, url_prefix="/show")


def statement_html(statement: str) -> Markup:
    paragraphs = [p.strip() for p in statement.replace("\r\n", "\n").split("\n\n") if p.strip()]
    rendered = []
    for paragraph in paragraphs:
        lines = [escape(line) for line in paragraph.split("\n")]
        rendered.append(Markup("<p>{}</p>").format(Markup("<br>").join(lines)))
    return Markup("\n").join(rendered)


@bp.app_template_filter("statement")
def statement_filter(statement: str | None) -> Markup:
    return statement_html(statement or "")


@bp.route("/<int:year>/gallery")
def gallery(year: int):
    show = Show.query.filter_by(year=year, gallery_published=True).first()
    if show is None:
        abort(404)
    entries = (
        ShowEntry.query.filter_by(show_id=show.id, withdrawn_at=None)
        .order_by(ShowEntry.entry_number)
        .all()
    )
    return render_template("show/gallery.html", show=show, entries=entries)


@bp.route("/<int:year>/gallery/<int:entry_number>")
def entry_detail(year: int, entry_number: int):
    show = Show.query.filter_by(year=year, gallery_published=True).first_or_404()
    entry = ShowEntry.query.filter_by(
        show_id=show.id, entry_number=entry_number, withdrawn_at=None
    ).first_or_404()
    return render_template(
        "show/entry.html",
        show=show,
        entry=entry,
        statement=statement_html(entry.artist_statement),
    )

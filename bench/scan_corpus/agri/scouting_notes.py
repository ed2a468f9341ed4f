"""Crop scouting notes: field scouts log pest and disease observations that
growers and agronomists review on the field page."""
from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from .models import Field, ScoutingNote, db

bp = Blueprint("scouting", __name__, template_folder="templates")


@bp.app_template_filter("note_html")
def note_html(text: str) -> Markup:
    """Keep the scout's line breaks when showing a note."""
    return Markup(text.replace("\n", "<br>\n"))


@bp.get("/fields/<int:field_id>/notes")
@login_required
def list_notes(field_id: int):
    field = db.get_or_404(Field, field_id)
    if not current_user.can_view(field):
        abort(403)
    notes = (
        ScoutingNote.query.filter_by(field_id=field.id)
        .order_by(ScoutingNote.observed_at.desc())
        .limit(100)
        .all()
    )
    return render_template("scouting/notes.html", field=field, notes=notes)


@bp.post("/fields/<int:field_id>/notes")
@login_required
def add_note(field_id: int):
    field = db.get_or_404(Field, field_id)
    if not current_user.can_scout(field):
        abort(403)
    note = ScoutingNote(
        field_id=field.id,
        author_id=current_user.id,
        pest=request.form.get("pest", "")[:80],
        severity=int(request.form.get("severity", 0)),
        body=request.form.get("body", "")[:4000],
        observed_at=datetime.now(timezone.utc),
    )
    db.session.add(note)
    db.session.commit()
    return redirect(url_for("scouting.list_notes", field_id=field.id))

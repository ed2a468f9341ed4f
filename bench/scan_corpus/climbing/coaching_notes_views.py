"""Coach-facing pages for youth squad session notes and athlete progress comments."""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from climbing.db import db
from climbing.squad.models import Athlete, SessionNote

bp = Blueprint("coaching_notes", __name__, url_prefix="/squad/notes")

NOTE_MAX_CHARS = 4000


def _format_note(body: str) -> Markup:
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def _require_coach() -> None:
    if not current_user.has_role("coach"):
        abort(403)


@bp.get("/athlete/<int:athlete_id>")
@login_required
def athlete_notes(athlete_id: int):
    _require_coach()
    athlete = db.get_or_404(Athlete, athlete_id)
    if athlete.squad_id != current_user.squad_id:
        abort(404)
    notes = (
        SessionNote.query.filter_by(athlete_id=athlete.id)
        .order_by(SessionNote.created_at.desc())
        .limit(50)
        .all()
    )
    rendered = [
        {"author": n.author.display_name, "when": n.created_at, "html": _format_note(n.body)}
        for n in notes
    ]
    return render_template("squad/athlete_notes.html", athlete=athlete, notes=rendered)


@bp.post("/athlete/<int:athlete_id>")
@login_required
def add_note(athlete_id: int):
    _require_coach()
    athlete = db.get_or_404(Athlete, athlete_id)
    if athlete.squad_id != current_user.squad_id:
        abort(404)
    body = request.form.get("body", "").strip()
    if not body or len(body) > NOTE_MAX_CHARS:
        abort(400)
    db.session.add(
        SessionNote(
            athlete_id=athlete.id,
            author_id=current_user.id,
            body=body,
            created_at=datetime.now(timezone.utc),
        )
    )
    db.session.commit()
    return redirect(url_for("coaching_notes.athlete_notes", athlete_id=athlete.id))

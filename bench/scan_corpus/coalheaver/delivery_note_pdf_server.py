"""Customer-facing download of their own signed delivery notes."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from coalheaver.models import DeliveryNote

bp = Blueprint("my_delivery_notes", __name__, url_prefix="/account/notes")


def _notes_root() -> Path:
    return Path(current_app.config["DELIVERY_NOTE_DIR"]).resolve()


def resolve_note_path(relative: str) -> Path:
    root = _notes_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(relative)
    return candidate


@bp.get("/<note_number>")
@login_required
def download_my_note(note_number: str):
    note = DeliveryNote.query.filter_by(number=note_number, customer_id=current_user.id).first()
    if note is None:
        abort(404)
    try:
        pdf_path = resolve_note_path(f"{note.depot_code}/{note.number}.pdf")
    except PermissionError:
        abort(404)
    if not pdf_path.is_file():
        abort(404)
    return send_file(pdf_path, mimetype="application/pdf", as_attachment=True, download_name=pdf_path.name)


@bp.get("/")
@login_required
def my_notes():
    notes = (
        DeliveryNote.query.filter_by(customer_id=current_user.id)
        .order_by(DeliveryNote.signed_at.desc())
        .limit(50)
    )
    return {"notes": [{"number": n.number, "signed_at": n.signed_at.isoformat()} for n in notes]}

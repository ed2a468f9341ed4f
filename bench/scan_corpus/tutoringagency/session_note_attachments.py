"""Download endpoint for files tutors attach to session notes (worksheets, photos)."""
import os

from flask import Blueprint, abort, current_app, g, request, send_file

from .auth import login_required
from .models import SessionNote

bp = Blueprint("note_attachments", __name__)

ALLOWED_PREVIEW_TYPES = {".pdf", ".png", ".jpg", ".jpeg"}


def _attachment_root() -> str:
    return current_app.config["NOTE_ATTACHMENT_DIR"]


def _can_view(note: SessionNote) -> bool:
    user = g.current_user
    if user.role == "tutor":
        return note.tutor_id == user.tutor_id
    if user.role == "parent":
        return note.student.parent_id == user.parent_id
    return user.role == "admin"


@bp.get("/notes/<int:note_id>/attachment")
@login_required
def download_attachment(note_id: int):
    note = SessionNote.query.get_or_404(note_id)
    if not _can_view(note):
        abort(403)

    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = os.path.join(_attachment_root(), str(note.id), filename)
    if not os.path.isfile(path):
        abort(404)

    inline = os.path.splitext(filename)[1].lower() in ALLOWED_PREVIEW_TYPES
    return send_file(path, as_attachment=not inline, download_name=os.path.basename(filename))


@bp.get("/notes/<int:note_id>/attachments")
@login_required
def list_attachments(note_id: int):
    note = SessionNote.query.get_or_404(note_id)
    if not _can_view(note):
        abort(403)
    folder = os.path.join(_attachment_root(), str(note.id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"note": note.id, "files": names}

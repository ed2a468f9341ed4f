"""Attachment storage for listed-building consent applications.

Heritage statements, photographs and method statements are attached to a
consent application before it is submitted to the local planning authority.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from werkzeug.utils import secure_filename

from pargeter.auth import staff_required
from pargeter.config import settings

bp = Blueprint("consent_attachments", __name__, url_prefix="/consent")
BASE_DIR = Path(settings.CONSENT_ATTACHMENT_ROOT).resolve()


def _attachment_path(application_id: int, filename: str) -> Path:
    folder = BASE_DIR / str(application_id)
    candidate = (folder / filename).resolve()
    if not candidate.is_relative_to(folder):
        abort(400)
    return candidate


@bp.post("/<int:application_id>/attachments")
@staff_required
def upload_attachment(application_id: int):
    upload = request.files["file"]
    name = secure_filename(upload.filename or "")
    if not name:
        abort(400)
    path = _attachment_path(application_id, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    upload.save(path)
    return {"name": name}, 201


@bp.get("/<int:application_id>/attachments/<path:filename>")
@staff_required
def get_attachment(application_id: int, filename: str):
    path = _attachment_path(application_id, filename)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True)


@bp.delete("/<int:application_id>/attachments/<path:filename>")
@staff_required
def delete_attachment(application_id: int, filename: str):
    path = _attachment_path(application_id, filename)
    if path.is_file():
        os.remove(path)
    return "", 204

"""Stores and serves photos and ear-impression scans attached to fitting records."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required
from werkzeug.utils import secure_filename

attachments_bp = Blueprint("attachments", __name__, url_prefix="/fittings")


class AttachmentStore:
    allowed_suffixes = {".jpg", ".png", ".stl", ".pdf"}

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def path_for(self, fitting_id: int, name: str) -> Path:
        candidate = (self.root / str(fitting_id) / name).resolve()
        if not candidate.is_relative_to(self.root / str(fitting_id)):
            raise PermissionError(name)
        return candidate

    def save(self, fitting_id: int, upload) -> Path:
        name = secure_filename(upload.filename or "")
        if Path(name).suffix.lower() not in self.allowed_suffixes:
            raise ValueError("unsupported attachment type")
        target = self.path_for(fitting_id, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        upload.save(target)
        return target


def store() -> AttachmentStore:
    return AttachmentStore(Path(current_app.config["FITTING_ATTACHMENT_ROOT"]))


@attachments_bp.post("/<int:fitting_id>/attachments")
@login_required
def upload(fitting_id: int):
    try:
        saved = store().save(fitting_id, request.files["file"])
    except (ValueError, PermissionError):
        abort(400)
    return {"stored": saved.name}, 201


@attachments_bp.get("/<int:fitting_id>/attachments/<path:name>")
@login_required
def download(fitting_id: int, name: str):
    try:
        target = store().path_for(fitting_id, name)
    except PermissionError:
        abort(404)
    if not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True)

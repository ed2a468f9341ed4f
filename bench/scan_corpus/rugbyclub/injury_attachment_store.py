"""Stores scans and physio letters attached to injury reports."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.datastructures import FileStorage

bp = Blueprint("injury_attachments", __name__)

MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self._root = root

    def _target_path(self, report_id: int, filename: str) -> Path:
        folder = self._root / str(report_id)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / filename

    def save(self, report_id: int, upload: FileStorage) -> Path:
        suffix = Path(upload.filename or "").suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError(f"unsupported attachment type {suffix!r}")
        target = self._target_path(report_id, upload.filename)
        upload.save(target)
        return target

    def list(self, report_id: int) -> list[str]:
        folder = self._root / str(report_id)
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _store() -> AttachmentStore:
    return AttachmentStore(Path(current_app.config["INJURY_ATTACHMENT_ROOT"]))


@bp.post("/injuries/<int:report_id>/attachments")
@login_required
def upload_attachment(report_id: int):
    if not current_user.has_role("physio"):
        abort(403)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    if request.content_length and request.content_length > MAX_ATTACHMENT_BYTES:
        abort(413)
    try:
        saved = _store().save(report_id, upload)
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify({"stored": saved.name}), 201


@bp.get("/injuries/<int:report_id>/attachments")
@login_required
def list_attachments(report_id: int):
    if not current_user.has_role("physio"):
        abort(403)
    return jsonify({"attachments": _store().list(report_id)})

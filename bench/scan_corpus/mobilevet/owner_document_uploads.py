"""Insurance claim forms and referral letters uploaded by owners."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, session
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

from .db import get_db

bp = Blueprint("owner_documents", __name__, url_prefix="/portal/documents")

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


@dataclass
class SavedDocument:
    stored_name: str
    original_name: str


class DocumentStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def _target_for(self, owner_id: int, upload: FileStorage) -> tuple[Path, str]:
        original = secure_filename(upload.filename or "")
        suffix = Path(original).suffix.lower()
        if not original or suffix not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported file")
        owner_dir = self.root / str(owner_id)
        target = (owner_dir / f"{uuid.uuid4().hex}{suffix}").resolve()
        if not target.is_relative_to(self.root):
            raise ValueError("invalid target path")
        return target, original

    def save(self, owner_id: int, upload: FileStorage) -> SavedDocument:
        target, original = self._target_for(owner_id, upload)
        target.parent.mkdir(mode=0o750, parents=True, exist_ok=True)
        upload.save(target)
        return SavedDocument(stored_name=target.name, original_name=original)


@bp.post("/")
def upload_document():
    owner_id = session.get("owner_id")
    if owner_id is None:
        abort(401)
    upload = request.files.get("document")
    if upload is None:
        abort(400)
    try:
        saved = DocumentStore(current_app.config["OWNER_DOCS_ROOT"]).save(owner_id, upload)
    except ValueError:
        abort(400)
    db = get_db()
    db.execute(
        "INSERT INTO owner_documents (owner_id, stored_name, original_name) VALUES (?, ?, ?)",
        (owner_id, saved.stored_name, saved.original_name),
    )
    db.commit()
    return jsonify(document=saved.stored_name), 201

"""Stores supporting documents (coxing certificates, ID, waivers) for regatta entries."""

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.datastructures import FileStorage

log = logging.getLogger("regatta.documents")

documents = Blueprint("entry_documents", __name__)

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_BYTES = 8 * 1024 * 1024


@dataclass
class DocumentStore:
    root: str

    def folder_for(self, entry_id: int) -> str:
        path = os.path.join(self.root, f"entry-{entry_id}")
        os.makedirs(path, mode=0o750, exist_ok=True)
        return path

    def save(self, entry_id: int, upload: FileStorage) -> str:
        ext = os.path.splitext(upload.filename or "")[1].lower()
        if ext not in ALLOWED_EXTENSIONS:
            raise ValueError("Documents must be PDF or image files.")
        destination = os.path.join(self.folder_for(entry_id), upload.filename)
        upload.save(destination)
        return destination

    def listing(self, entry_id: int) -> list[str]:
        return sorted(os.listdir(self.folder_for(entry_id)))


def _store() -> DocumentStore:
    return DocumentStore(current_app.config["ENTRY_DOCUMENTS_ROOT"])


@documents.post("/entries/<int:entry_id>/documents")
@login_required
def upload_document(entry_id: int):
    if not current_user.can_manage_entry(entry_id):
        abort(403)
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        return jsonify({"error": "No document attached."}), 400
    if request.content_length and request.content_length > MAX_BYTES:
        return jsonify({"error": "Document is larger than 8 MB."}), 413
    try:
        saved = _store().save(entry_id, upload)
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 400
    log.info(
        "Member %s attached %s to entry %s at %s",
        current_user.id,
        os.path.basename(saved),
        entry_id,
        datetime.now(timezone.utc).isoformat(),
    )
    return jsonify({"stored": os.path.basename(saved)}), 201


@documents.get("/entries/<int:entry_id>/documents")
@login_required
def list_documents(entry_id: int):
    if not current_user.can_manage_entry(entry_id):
        abort(403)
    return jsonify({"documents": _store().listing(entry_id)})

"""Store supporting documents for trade effluent permit variations under generated names."""
from __future__ import annotations

import mimetypes
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.datastructures import FileStorage

bp = Blueprint("variation_docs", __name__)

EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


@dataclass
class StoredDocument:
    stored_name: str
    original_name: str
    content_type: str
    size: int


class VariationDocumentStore:
    def __init__(self, root: str) -> None:
        self.root = root

    def _stored_name(self, content_type: str) -> str:
        return secrets.token_hex(16) + EXTENSIONS[content_type]

    def save(self, upload: FileStorage) -> StoredDocument:
        content_type = upload.mimetype
        if content_type not in EXTENSIONS:
            abort(415)
        stored_name = self._stored_name(content_type)
        path = os.path.join(self.root, stored_name)
        upload.save(path)
        return StoredDocument(
            stored_name=stored_name,
            original_name=(upload.filename or "document")[:200],
            content_type=content_type or mimetypes.guess_type(stored_name)[0],
            size=Path(path).stat().st_size,
        )


@bp.post("/variations/<int:variation_id>/documents")
def upload_document(variation_id: int):
    upload = request.files.get("document")
    if upload is None:
        abort(400)
    store = VariationDocumentStore(current_app.config["VARIATION_DOC_ROOT"])
    doc = store.save(upload)
    current_app.extensions["permits"].attach(variation_id, doc)
    return jsonify(stored_as=doc.stored_name, size=doc.size), 201

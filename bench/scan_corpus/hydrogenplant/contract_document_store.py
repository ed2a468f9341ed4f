"""Upload store for signed offtake contract documents and amendments."""
from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Flask, abort, jsonify, request
from werkzeug.datastructures import FileStorage

ALLOWED_SUFFIXES = {".pdf", ".docx", ".p7s"}


class DocumentStore:
    """Files contract documents per contract reference on the commercial file share."""

    def __init__(self, root: str) -> None:
        self._root = Path(root)

    @property
    def root(self) -> Path:
        self._root.mkdir(parents=True, exist_ok=True)
        return self._root

    def target_for(self, contract_ref: str, filename: str) -> Path:
        target = self.root / contract_ref / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def save(self, contract_ref: str, upload: FileStorage) -> dict:
        filename = upload.filename or ""
        if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported document type")
        target = self.target_for(contract_ref, filename)
        data = upload.stream.read()
        target.write_bytes(data)
        return {
            "contract_ref": contract_ref,
            "stored_as": target.name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
        }


def create_app(root: str) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 25 * 1024 * 1024
    store = DocumentStore(root)

    @app.post("/contracts/documents")
    def upload_document():
        contract_ref = request.form.get("contract_ref", "").strip()
        upload = request.files.get("document")
        if not contract_ref or upload is None:
            abort(400)
        try:
            return jsonify(store.save(contract_ref, upload)), 201
        except ValueError as exc:
            abort(415, str(exc))

    return app

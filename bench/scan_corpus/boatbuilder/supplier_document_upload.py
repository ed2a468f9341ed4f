"""Upload of mill certificates and FSC chain-of-custody papers by suppliers."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, session
from werkzeug.datastructures import FileStorage

log = logging.getLogger(__name__)
bp = Blueprint("supplier_docs", __name__, url_prefix="/supplier/documents")

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_BYTES = 15 * 1024 * 1024


class SupplierDocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _target_path(self, supplier_code: str, upload: FileStorage) -> Path:
        folder = self.root / supplier_code
        folder.mkdir(parents=True, exist_ok=True)
        return folder / upload.filename

    def save(self, supplier_code: str, upload: FileStorage) -> Path:
        target = self._target_path(supplier_code, upload)
        upload.save(target)
        return target

    def list(self, supplier_code: str) -> list[str]:
        folder = self.root / supplier_code
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _store() -> SupplierDocumentStore:
    return SupplierDocumentStore(Path(current_app.config["SUPPLIER_DOCS_DIR"]))


@bp.post("")
def upload_document():
    supplier_code = session.get("supplier_code")
    if supplier_code is None:
        abort(401)
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    if Path(upload.filename).suffix.lower() not in ALLOWED_SUFFIXES:
        return jsonify(error="only PDF or image files"), 415
    if request.content_length and request.content_length > MAX_BYTES:
        return jsonify(error="file too large"), 413
    saved = _store().save(supplier_code, upload)
    log.info("supplier %s uploaded %s", supplier_code, saved.name)
    return jsonify(status="stored", name=saved.name), 201


@bp.get("")
def list_documents():
    supplier_code = session.get("supplier_code")
    if supplier_code is None:
        abort(401)
    return jsonify(documents=_store().list(supplier_code))

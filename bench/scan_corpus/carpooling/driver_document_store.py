"""Storage for driver verification documents (licence, insurance, vehicle registration)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_BYTES = 8 * 1024 * 1024


class DriverDocumentStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _driver_dir(self, driver_id: int) -> Path:
        path = self.root / f"driver-{driver_id}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def _document_path(self, driver_id: int, doc_name: str) -> Path:
        return self._driver_dir(driver_id) / doc_name

    def save(self, driver_id: int, upload) -> dict:
        name = secure_filename(upload.filename or "")
        if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported document type")
        data = upload.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ValueError("document too large")
        target = self._document_path(driver_id, name)
        target.write_bytes(data)
        return {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def list(self, driver_id: int) -> list[str]:
        return sorted(p.name for p in self._driver_dir(driver_id).iterdir() if p.is_file())

    def delete(self, driver_id: int, doc_name: str) -> bool:
        target = self._document_path(driver_id, doc_name)
        if not target.is_file():
            return False
        target.unlink()
        return True


bp = Blueprint("driver_documents", __name__, url_prefix="/api/driver/documents")


def _store() -> DriverDocumentStore:
    return DriverDocumentStore(current_app.config["DRIVER_DOCS_ROOT"])


@bp.post("/")
@login_required
def upload_document():
    try:
        meta = _store().save(current_user.id, request.files["document"])
    except (KeyError, ValueError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify(meta), 201


@bp.get("/")
@login_required
def list_documents():
    return jsonify({"documents": _store().list(current_user.id)})


@bp.delete("/")
@login_required
def delete_document():
    doc_name = request.get_json(force=True).get("name", "")
    if not _store().delete(current_user.id, doc_name):
        return jsonify({"error": "not found"}), 404
    return "", 204

"""Storage for heritage-grant paperwork attached to an application.

Office staff upload the signed land-owner consent, the listed-structure
check, photos and the contractor quote; the funder wants them all in one
bundle. Files live under GRANT_DOCS_ROOT/<application ref>/.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from werkzeug.utils import secure_filename

from walling.office_auth import staff_required

bp = Blueprint("grant_docs", __name__, url_prefix="/grants")

APPLICATION_REF = re.compile(r"^HG-\d{4}-\d{4}$")
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".docx"}


class GrantDocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _folder(self, application_ref: str) -> Path:
        if not APPLICATION_REF.match(application_ref):
            raise ValueError("bad application reference")
        return self.root / application_ref

    def list(self, application_ref: str) -> list[str]:
        folder = self._folder(application_ref)
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

    def save(self, application_ref: str, upload) -> str:
        name = secure_filename(upload.filename or "")
        if not name or Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported document type")
        folder = self._folder(application_ref)
        folder.mkdir(parents=True, exist_ok=True)
        upload.save(folder / name)
        return name

    def delete(self, application_ref: str, filename: str) -> bool:
        target = self._folder(application_ref) / filename
        if not target.is_file():
            return False
        target.unlink()
        return True


store = GrantDocumentStore(Path(os.environ.get("GRANT_DOCS_ROOT", "/srv/walling/grant-docs")))


@bp.post("/<application_ref>/documents")
@staff_required
def upload_document(application_ref: str):
    upload = request.files.get("document")
    if upload is None:
        abort(400, "document is required")
    try:
        name = store.save(application_ref, upload)
    except ValueError as exc:
        abort(400, str(exc))
    return jsonify(saved=name), 201


@bp.delete("/<application_ref>/documents")
@staff_required
def delete_document(application_ref: str):
    filename = (request.get_json(silent=True) or {}).get("filename", "")
    try:
        removed = store.delete(application_ref, filename)
    except ValueError as exc:
        abort(400, str(exc))
    if not removed:
        abort(404)
    return jsonify(deleted=filename)

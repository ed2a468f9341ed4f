"""Archive of signed consent forms kept as PDF files.

Signed consent forms are retained for the clinic's record-keeping period.
The medical director can fetch a form or remove a duplicate upload.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required


class ConsentArchive:
    """Thin wrapper over the folder where consent PDFs are written."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, document_name: str) -> Path:
        return self.root / document_name

    def list_documents(self) -> list[str]:
        return sorted(p.name for p in self.root.glob("*.pdf"))

    def open(self, document_name: str) -> Path:
        path = self.path_for(document_name)
        if not path.is_file():
            raise FileNotFoundError(document_name)
        return path

    def remove(self, document_name: str) -> None:
        self.path_for(document_name).unlink()


bp = Blueprint("consent_archive", __name__, url_prefix="/director/consents")


def _archive() -> ConsentArchive:
    return ConsentArchive(Path(current_app.config["CONSENT_ARCHIVE_DIR"]))


def _require_director() -> None:
    if getattr(current_user, "role", None) != "director":
        abort(403)


@bp.get("/")
@login_required
def index():
    _require_director()
    return jsonify(_archive().list_documents())


@bp.get("/document")
@login_required
def fetch_document():
    _require_director()
    try:
        path = _archive().open(request.args["name"])
    except (KeyError, FileNotFoundError):
        abort(404)
    return send_file(path, mimetype="application/pdf")


@bp.post("/document/delete")
@login_required
def delete_document():
    _require_director()
    name = request.form.get("name", "")
    if not name.endswith(".pdf"):
        abort(400, "only PDF documents can be removed")
    try:
        _archive().remove(name)
    except FileNotFoundError:
        abort(404)
    current_app.logger.info("director %s removed consent document %s", current_user.id, name)
    return jsonify({"removed": name})

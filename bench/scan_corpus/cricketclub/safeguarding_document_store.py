"""File store for junior safeguarding documents (consent forms, incident reports)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, send_file, session

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".png", ".docx"}


@dataclass
class SafeguardingDocumentStore:
    root: Path

    def _path_for(self, junior_id: int, name: str) -> Path:
        return self.root / f"junior-{junior_id}" / name

    def list(self, junior_id: int) -> list[str]:
        folder = self.root / f"junior-{junior_id}"
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())

    def open(self, junior_id: int, name: str) -> Path:
        path = self._path_for(junior_id, name)
        if not path.is_file():
            raise FileNotFoundError(name)
        return path

    def delete(self, junior_id: int, name: str) -> None:
        path = self._path_for(junior_id, name)
        path.unlink()
        log.info("Welfare officer removed document %s for junior %s", path.name, junior_id)


store = SafeguardingDocumentStore(Path("/srv/cricketclub/safeguarding"))
safeguarding_bp = Blueprint("safeguarding_docs", __name__, url_prefix="/welfare")


def require_welfare_officer() -> None:
    if session.get("role") != "welfare_officer":
        abort(403)


@safeguarding_bp.get("/juniors/<int:junior_id>/documents")
def list_documents(junior_id: int):
    require_welfare_officer()
    return jsonify(store.list(junior_id))


@safeguarding_bp.get("/juniors/<int:junior_id>/documents/view")
def view_document(junior_id: int):
    require_welfare_officer()
    name = request.args.get("name", "")
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400)
    try:
        return send_file(store.open(junior_id, name))
    except FileNotFoundError:
        abort(404)


@safeguarding_bp.post("/juniors/<int:junior_id>/documents/delete")
def delete_document(junior_id: int):
    require_welfare_officer()
    name = request.get_json(force=True).get("name", "")
    try:
        store.delete(junior_id, name)
    except FileNotFoundError:
        abort(404)
    return jsonify(status="deleted")

"""Stores crew certificates (sea survival, first aid, boat master) per crew member.

Crew upload scans through the crew app; office staff download them when
the maritime authority inspects a vessel.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

docs = Blueprint("crew_docs", __name__)


class CrewDocumentStore:
    allowed_suffixes = {".pdf", ".jpg", ".png"}

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _member_dir(self, crew_id: str) -> Path:
        return self.root / crew_id

    def path_for(self, crew_id: str, filename: str) -> Path:
        candidate = (self._member_dir(crew_id) / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError("path escapes document root")
        if candidate.suffix.lower() not in self.allowed_suffixes:
            raise PermissionError("file type not allowed")
        return candidate

    def save(self, crew_id: str, filename: str, data: bytes) -> Path:
        target = self.path_for(crew_id, Path(filename).name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target


def _store() -> CrewDocumentStore:
    return CrewDocumentStore(Path(current_app.config["CREW_DOCS_ROOT"]))


@docs.get("/crew/<crew_id>/documents/<path:filename>")
def download(crew_id: str, filename: str):
    try:
        path = _store().path_for(crew_id, filename)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True)


@docs.post("/crew/<crew_id>/documents")
def upload(crew_id: str):
    file = request.files.get("document")
    if file is None or not file.filename:
        abort(400)
    try:
        saved = _store().save(crew_id, file.filename, file.read())
    except PermissionError:
        abort(400)
    return {"stored": saved.name}, 201

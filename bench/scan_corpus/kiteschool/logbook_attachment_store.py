"""Stores photos and GPS tracks that students attach to their logbook sessions."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file

bp = Blueprint("logbook_files", __name__, url_prefix="/logbook")


class AttachmentRoot:
    def __init__(self, base: str | None = None) -> None:
        self.base = Path(base or os.environ.get("LOGBOOK_MEDIA", "/srv/kiteschool/logbook")).resolve()

    def student_dir(self, student_id: int) -> Path:
        return self.base / f"student_{student_id}"

    def resolve_inside(self, student_id: int, name: str) -> Path:
        folder = self.student_dir(student_id).resolve()
        candidate = (folder / name).resolve()
        if not candidate.is_relative_to(folder):
            raise PermissionError(name)
        return candidate


store = AttachmentRoot()


@bp.get("/<int:student_id>/files/<path:name>")
def fetch_attachment(student_id: int, name: str):
    try:
        path = store.resolve_inside(student_id, name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path)


@bp.post("/<int:student_id>/files")
def upload_attachment(student_id: int):
    upload = request.files["file"]
    try:
        path = store.resolve_inside(student_id, upload.filename or "")
    except PermissionError:
        abort(400)
    path.parent.mkdir(parents=True, exist_ok=True)
    upload.save(path)
    return {"stored": path.name}, 201

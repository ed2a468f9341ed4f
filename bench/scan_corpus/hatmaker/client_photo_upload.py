"""Fitting-room photo library: upload, fetch and delete client reference photos."""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("photo_library", __name__, url_prefix="/photos")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


class PhotoLibrary:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def resolve(self, client_id: int, filename: str) -> Path:
        safe = secure_filename(filename)
        if not safe or Path(safe).suffix.lower() not in ALLOWED_EXTENSIONS:
            abort(400)
        candidate = (self.root / f"client-{client_id}" / safe).resolve()
        if not candidate.is_relative_to(self.root / f"client-{client_id}"):
            abort(400)
        return candidate

    def store(self, client_id: int, upload) -> str:
        suffix = Path(secure_filename(upload.filename or "")).suffix.lower()
        if suffix not in ALLOWED_EXTENSIONS:
            abort(400)
        folder = self.root / f"client-{client_id}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{uuid.uuid4().hex}{suffix}"
        upload.save(folder / name)
        return name


def _library() -> PhotoLibrary:
    return PhotoLibrary(current_app.config["CLIENT_PHOTO_DIR"])


@bp.post("/<int:client_id>")
@login_required
def upload(client_id: int):
    if "photo" not in request.files:
        abort(400)
    return jsonify(filename=_library().store(client_id, request.files["photo"])), 201


@bp.get("/<int:client_id>/<filename>")
@login_required
def fetch(client_id: int, filename: str):
    path = _library().resolve(client_id, filename)
    if not path.is_file():
        abort(404)
    return send_file(path)


@bp.delete("/<int:client_id>/<filename>")
@login_required
def delete(client_id: int, filename: str):
    path = _library().resolve(client_id, filename)
    if not path.is_file():
        abort(404)
    path.unlink()
    return jsonify(status="deleted")

"""Customer-supplied artwork for engraving (logos, monograms).

Customers can upload a simple logo to be burnt into the trug handle.
Uploads are stored under a server-generated name; downloads resolve the
requested file and refuse anything outside the artwork folder.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("artwork", __name__, url_prefix="/engraving/artwork")

ALLOWED_SUFFIXES = {".png", ".svg", ".jpg", ".jpeg"}
MAX_BYTES = 5 * 1024 * 1024


def _root() -> Path:
    return Path(current_app.config["ARTWORK_DIR"]).resolve()


def _resolve_inside_root(name: str) -> Path:
    root = _root()
    candidate = (root / name).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    return candidate


@bp.post("/")
def upload_artwork():
    upload = request.files.get("artwork")
    if upload is None or not upload.filename:
        abort(400)
    suffix = Path(secure_filename(upload.filename)).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)
    stored_name = f"{uuid.uuid4().hex}{suffix}"
    (_root() / stored_name).write_bytes(data)
    return {"artwork": stored_name, "original": upload.filename}, 201


@bp.get("/<path:name>")
def download_artwork(name: str):
    path = _resolve_inside_root(name)
    if not path.is_file():
        abort(404)
    return send_file(path, download_name=path.name)


@bp.delete("/<path:name>")
def delete_artwork(name: str):
    path = _resolve_inside_root(name)
    if path.is_file():
        path.unlink()
    return "", 204

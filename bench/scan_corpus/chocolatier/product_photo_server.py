"""Serves product photography to the web shop and wholesale catalogue.

Photos are organised per collection (e.g. `easter-2025/praline-egg.jpg`);
the shop front requests them by relative path.
"""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
PHOTO_ROOT = Path(os.environ.get("PHOTO_ROOT", "/srv/media/products")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def resolve_photo(relative: str, root: Path = PHOTO_ROOT) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(relative)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise PermissionError(relative)
    return candidate


@app.get("/media/products/<path:relative>")
def product_photo(relative: str):
    try:
        path = resolve_photo(relative)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    mime, _ = mimetypes.guess_type(path.name)
    response = send_file(path, mimetype=mime or "application/octet-stream", max_age=86400)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@app.get("/media/collections/<collection>")
def collection_index(collection: str):
    try:
        folder = resolve_photo(f"{collection}/index.jpg").parent
    except PermissionError:
        abort(404)
    if not folder.is_dir():
        abort(404)
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)
    return {"collection": collection, "photos": names}

"""Product photos for the basket catalogue.

Images are stored under a generated key and looked up by their database id,
so the original upload name is only kept for display.
"""
import os
import sqlite3
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, g, request, send_file
from flask_login import login_required

bp = Blueprint("catalogue_images", __name__)

IMAGE_ROOT = Path(os.environ.get("CATALOGUE_IMAGE_ROOT", "/srv/basketweaver/catalogue"))
MIME_BY_EXT = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


def db() -> sqlite3.Connection:
    if "catalogue_db" not in g:
        g.catalogue_db = sqlite3.connect(current_app.config["CATALOGUE_DB"])
        g.catalogue_db.row_factory = sqlite3.Row
    return g.catalogue_db


@bp.get("/catalogue/images/<int:image_id>")
def image(image_id: int):
    row = db().execute(
        "SELECT storage_key, mime FROM catalogue_images WHERE id = ?", (image_id,)
    ).fetchone()
    if row is None:
        abort(404)
    path = IMAGE_ROOT / row["storage_key"]
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype=row["mime"], max_age=86400)


@bp.post("/admin/catalogue/<int:product_id>/images")
@login_required
def upload(product_id: int):
    upload = request.files.get("image")
    if upload is None or "." not in (upload.filename or ""):
        abort(400)
    ext = upload.filename.rsplit(".", 1)[1].lower()
    if ext not in MIME_BY_EXT:
        abort(415)
    storage_key = f"{uuid.uuid4().hex}.{ext}"
    IMAGE_ROOT.mkdir(parents=True, exist_ok=True)
    upload.save(IMAGE_ROOT / storage_key)
    conn = db()
    cur = conn.execute(
        "INSERT INTO catalogue_images (product_id, storage_key, mime, original_name) VALUES (?, ?, ?, ?)",
        (product_id, storage_key, MIME_BY_EXT[ext], upload.filename),
    )
    conn.commit()
    return {"id": cur.lastrowid}, 201

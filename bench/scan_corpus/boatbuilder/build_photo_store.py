"""Progress photos of each build, shown to customers on the portal."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file, session
from sqlalchemy import text

from .db import engine

bp = Blueprint("build_photos", __name__)
IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


def photo_path(project_id: int, stored_name: str) -> Path:
    return Path(current_app.config["PHOTO_DIR"]) / f"{project_id:05d}" / stored_name


@bp.post("/projects/<int:project_id>/photos")
def upload_photo(project_id: int):
    if "staff_id" not in session:
        abort(401)
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in IMAGE_TYPES:
        abort(415)
    stored_name = uuid.uuid4().hex + IMAGE_TYPES[upload.mimetype]
    target = photo_path(project_id, stored_name)
    os.makedirs(target.parent, exist_ok=True)
    upload.save(target)
    with engine.begin() as conn:
        photo_id = conn.execute(
            text(
                "INSERT INTO build_photos (project_id, stored_name, original_name, caption) "
                "VALUES (:p, :s, :o, :c) RETURNING id"
            ),
            {"p": project_id, "s": stored_name, "o": upload.filename,
             "c": request.form.get("caption", "")},
        ).scalar_one()
    return jsonify(id=photo_id), 201


@bp.get("/photos/<int:photo_id>")
def get_photo(photo_id: int):
    customer_id = session.get("customer_id")
    staff_id = session.get("staff_id")
    if customer_id is None and staff_id is None:
        abort(401)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT ph.project_id, ph.stored_name, p.customer_id FROM build_photos ph "
                "JOIN projects p ON p.id = ph.project_id WHERE ph.id = :id"
            ),
            {"id": photo_id},
        ).first()
    if row is None or (staff_id is None and row.customer_id != customer_id):
        abort(404)
    return send_file(photo_path(row.project_id, row.stored_name))

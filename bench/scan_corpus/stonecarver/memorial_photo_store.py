"""Stores photographs families upload for porcelain cameo and etched portraits."""

import os
import uuid

from flask import Blueprint, abort, current_app, request
from werkzeug.utils import secure_filename

from stonecarver.extensions import db
from stonecarver.models import MemorialPhoto

bp = Blueprint("memorial_photos", __name__)

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "tif", "tiff"}


def allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def photo_dir(order_id: int) -> str:
    path = os.path.join(current_app.config["MEMORIAL_PHOTO_ROOT"], str(order_id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/orders/<int:order_id>/photos")
def upload_photo(order_id: int):
    upload = request.files.get("photo")
    if upload is None or not allowed(upload.filename or ""):
        abort(400)
    original = secure_filename(upload.filename)
    stored_name = f"{uuid.uuid4().hex}_{original}"
    upload.save(os.path.join(photo_dir(order_id), stored_name))
    photo = MemorialPhoto(order_id=order_id, original_name=original, stored_name=stored_name)
    db.session.add(photo)
    db.session.commit()
    return {"id": photo.id, "name": original}, 201

"""Storage of load photos taken by drivers at the loading shovel.

Drivers photograph their loaded, sheeted trailer before leaving site so any
later complaint about short or contaminated loads can be checked. The driver
app uploads the photo against the weighbridge ticket number.
"""

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("load_photos", __name__, url_prefix="/load-photos")

IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


@dataclass
class StoredPhoto:
    ticket_no: int
    stored_name: str
    original_name: str


def photo_root() -> Path:
    return Path(current_app.config.get("LOAD_PHOTO_ROOT", "/srv/quarryman/load-photos"))


def store_photo(ticket_no: int, upload) -> StoredPhoto:
    cleaned = secure_filename(upload.filename or "")
    extension = os.path.splitext(cleaned)[1].lower()
    if extension not in IMAGE_EXTENSIONS:
        raise ValueError(f"unsupported photo type {extension or '(none)'}")
    folder = photo_root() / f"{ticket_no:08d}"
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{extension}"
    upload.save(folder / stored_name)
    return StoredPhoto(ticket_no=ticket_no, stored_name=stored_name, original_name=cleaned)


@bp.post("/<int:ticket_no>")
def upload_photo(ticket_no: int):
    upload = request.files.get("photo")
    if upload is None:
        return jsonify(error="no photo"), 400
    try:
        stored = store_photo(ticket_no, upload)
    except ValueError as exc:
        return jsonify(error=str(exc)), 415
    return jsonify(ticket=ticket_no, photo=stored.stored_name, original=stored.original_name), 201


@bp.get("/<int:ticket_no>")
def list_photos(ticket_no: int):
    folder = photo_root() / f"{ticket_no:08d}"
    names = sorted(p.name for p in folder.glob("*")) if folder.is_dir() else []
    return jsonify(ticket=ticket_no, photos=names)

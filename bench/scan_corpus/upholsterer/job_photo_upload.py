"""Photo uploads onto a job ticket (office PC, workshop tablet, or customer link)."""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from PIL import Image, UnidentifiedImageError
from werkzeug.utils import secure_filename

from .jobs import add_photo_record, get_ticket

bp = Blueprint("photo_upload", __name__)
ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}
MAX_PHOTOS_PER_REQUEST = 10


def _ticket_folder(ticket_id: int) -> Path:
    folder = Path(current_app.config["JOB_PHOTO_ROOT"]) / f"ticket-{ticket_id:06d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stored_name(original: str) -> str | None:
    cleaned = secure_filename(original)
    ext = os.path.splitext(cleaned)[1].lower()
    if not cleaned or ext not in ALLOWED_EXTENSIONS:
        return None
    return f"{uuid.uuid4().hex[:12]}-{cleaned}"


@bp.post("/jobs/<int:ticket_id>/photos")
def upload_photos(ticket_id: int):
    ticket = get_ticket(ticket_id)
    if ticket is None:
        abort(404)
    files = request.files.getlist("photos")[:MAX_PHOTOS_PER_REQUEST]
    caption = request.form.get("caption", "")[:200]
    saved, rejected = [], []
    for upload in files:
        name = _stored_name(upload.filename or "")
        if name is None:
            rejected.append(upload.filename)
            continue
        destination = _ticket_folder(ticket.id) / name
        upload.save(destination)
        try:
            with Image.open(destination) as img:
                img.verify()
        except UnidentifiedImageError:
            destination.unlink(missing_ok=True)
            rejected.append(upload.filename)
            continue
        add_photo_record(ticket.id, stored_name=name, caption=caption)
        saved.append(name)
    return jsonify(saved=saved, rejected=rejected), (201 if saved else 400)

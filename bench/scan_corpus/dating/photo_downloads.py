"""Lets members download the original files of their own photos (GDPR export)."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Photo

bp = Blueprint("photo_downloads", __name__)


@bp.get("/me/photos/<path:filename>")
@login_required
def download_original(filename: str):
    name = secure_filename(filename)
    if not name:
        abort(404)
    photo = Photo.query.filter_by(owner_id=current_user.id, stored_name=name).first()
    if photo is None:
        abort(404)
    originals = current_app.config["PHOTO_ORIGINALS_DIR"]
    return send_from_directory(
        originals,
        photo.stored_name,
        as_attachment=True,
        download_name=photo.original_filename_display,
        max_age=0,
    )

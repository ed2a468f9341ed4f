"""Defect photo upload for casting non-conformance reports.

When fettling or NDT finds a defect (porosity, cold shut, sand inclusion)
the inspector photographs it and attaches the images to the NCR.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from qa.models import NonConformance, db

bp = Blueprint("ncr_photos", __name__, url_prefix="/ncr")

IMAGE_TYPES = {"jpg", "jpeg", "png", "heic"}


def _allowed(name: str) -> bool:
    return "." in name and name.rsplit(".", 1)[1].lower() in IMAGE_TYPES


@bp.post("/<int:ncr_id>/photos")
@login_required
def upload_photo(ncr_id: int):
    ncr = NonConformance.query.get_or_404(ncr_id)
    upload = request.files.get("photo")
    if upload is None or not upload.filename or not _allowed(upload.filename):
        abort(400)
    stamp = datetime.utcnow().strftime("%Y%m%d%H%M%S")
    safe_name = f"{stamp}_{secure_filename(upload.filename)}"
    folder = os.path.join(current_app.config["NCR_PHOTO_ROOT"], str(ncr.id))
    os.makedirs(folder, exist_ok=True)
    upload.save(os.path.join(folder, safe_name))
    ncr.photos.append(safe_name)
    ncr.updated_by = current_user.username
    db.session.commit()
    return jsonify({"ncr": ncr.id, "photo": safe_name}), 201


@bp.get("/<int:ncr_id>/photos")
@login_required
def list_photos(ncr_id: int):
    ncr = NonConformance.query.get_or_404(ncr_id)
    return jsonify({"ncr": ncr.id, "photos": list(ncr.photos)})

"""Uploads of horse conformation photos ahead of a fitting.

Owners upload side-on, wither and back photos so the fitter can bring
suitable demo saddles to the yard. Photos are stored per appointment.
"""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from fittings.models import FittingAppointment, FittingPhoto, db

bp = Blueprint("fitting_photos", __name__)

PHOTO_EXTENSIONS = {"jpg", "jpeg", "png", "heic"}
ANGLES = {"near_side", "off_side", "withers", "back", "girth_area"}


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


@bp.post("/appointments/<int:appointment_id>/photos")
@login_required
def upload_photo(appointment_id: int):
    appt = FittingAppointment.query.get_or_404(appointment_id)
    if appt.owner_id != current_user.id:
        abort(404)
    angle = request.form.get("angle", "")
    if angle not in ANGLES:
        abort(400, description="choose which angle the photo shows")
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, description="no photo attached")

    original = secure_filename(upload.filename)
    ext = _extension(original)
    if ext not in PHOTO_EXTENSIONS:
        abort(415)

    folder = os.path.join(current_app.config["PHOTO_DIR"], str(appt.id))
    os.makedirs(folder, exist_ok=True)
    stored_name = f"{angle}-{uuid.uuid4().hex}.{ext}"
    upload.save(os.path.join(folder, stored_name))

    photo = FittingPhoto(appointment_id=appt.id, angle=angle, stored_name=stored_name, original_name=original)
    db.session.add(photo)
    db.session.commit()
    return jsonify({"photo_id": photo.id, "angle": angle}), 201

"""Upload handler for guest artists submitting portfolio images with a residency application."""

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

from hotshop.extensions import db
from hotshop.models import PortfolioImage, ResidencyApplication

bp = Blueprint("residency_uploads", __name__, url_prefix="/residency")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
MAX_IMAGES = 12


def _application_folder(application: ResidencyApplication) -> str:
    folder = os.path.join(current_app.config["RESIDENCY_UPLOAD_ROOT"], application.reference)
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/applications/<reference>/images")
def upload_image(reference: str):
    application = ResidencyApplication.query.filter_by(reference=reference).first_or_404()
    if application.submitted_at is not None:
        abort(409, "application already submitted")
    if len(application.images) >= MAX_IMAGES:
        abort(400, f"at most {MAX_IMAGES} images per application")
    upload = request.files.get("image")
    if upload is None or not upload.filename:
        abort(400, "no image supplied")
    original = secure_filename(upload.filename)
    extension = os.path.splitext(original)[1].lower()
    if extension not in ALLOWED_EXTENSIONS:
        abort(400, "unsupported image format")
    stored_name = f"{uuid.uuid4().hex}{extension}"
    upload.save(os.path.join(_application_folder(application), stored_name))
    image = PortfolioImage(
        application_id=application.id,
        stored_name=stored_name,
        original_name=original,
        title=request.form.get("title", "")[:120],
    )
    db.session.add(image)
    db.session.commit()
    return jsonify(id=image.id, stored_name=stored_name), 201

"""Upload of reference sketches and inspiration images attached to a commission enquiry."""

import os
import uuid

from flask import Blueprint, abort, current_app, request, url_for
from werkzeug.utils import secure_filename

from atelier.extensions import db
from atelier.models import CommissionEnquiry, EnquiryAttachment

bp = Blueprint("sketches", __name__, url_prefix="/enquiries")

ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".pdf", ".heic"}


def upload_folder(enquiry_id: int) -> str:
    folder = os.path.join(current_app.config["SKETCH_UPLOAD_DIR"], str(enquiry_id))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:enquiry_id>/sketches")
def upload_sketch(enquiry_id: int):
    enquiry = db.session.get(CommissionEnquiry, enquiry_id)
    if enquiry is None:
        abort(404)
    incoming = request.files.get("sketch")
    if incoming is None or not incoming.filename:
        abort(400)
    cleaned = secure_filename(incoming.filename)
    extension = os.path.splitext(cleaned)[1].lower()
    if not cleaned or extension not in ALLOWED_EXTENSIONS:
        abort(415)
    stored_name = f"{uuid.uuid4().hex[:8]}_{cleaned}"
    incoming.save(os.path.join(upload_folder(enquiry_id), stored_name))
    attachment = EnquiryAttachment(enquiry_id=enquiry_id, original_name=cleaned, stored_name=stored_name)
    db.session.add(attachment)
    db.session.commit()
    return {"id": attachment.id, "url": url_for("sketches.list_sketches", enquiry_id=enquiry_id)}, 201


@bp.get("/<int:enquiry_id>/sketches")
def list_sketches(enquiry_id: int):
    rows = EnquiryAttachment.query.filter_by(enquiry_id=enquiry_id).all()
    return {"sketches": [{"id": r.id, "name": r.original_name} for r in rows]}

"""Attachments for deck and engine spares requisitions: engineers upload
nameplate photos, drawings or the maker's part list with their request.
"""
import os
import uuid

from flask import Blueprint, abort, current_app, request
from werkzeug.utils import secure_filename

from chandler.spares.models import Requisition, RequisitionAttachment, db

bp = Blueprint("spares_attachments", __name__)

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png", ".xlsx"}


def _storage_dir(requisition: Requisition) -> str:
    path = os.path.join(current_app.config["SPARES_UPLOAD_ROOT"], str(requisition.id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/requisitions/<int:req_id>/attachments")
def add_attachment(req_id: int):
    requisition = Requisition.query.get_or_404(req_id)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    ext = os.path.splitext(name)[1].lower()
    if not name or ext not in ALLOWED_EXTENSIONS:
        abort(415)
    stored_name = f"{uuid.uuid4().hex[:8]}_{name}"
    upload.save(os.path.join(_storage_dir(requisition), stored_name))
    attachment = RequisitionAttachment(
        requisition_id=requisition.id,
        original_name=upload.filename,
        stored_name=stored_name,
        content_type=upload.mimetype,
    )
    db.session.add(attachment)
    db.session.commit()
    return {"id": attachment.id, "name": stored_name}, 201

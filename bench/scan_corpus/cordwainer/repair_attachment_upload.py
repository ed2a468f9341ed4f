"""Photo and document uploads attached to repair tickets at the front desk."""
import os
import uuid
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

from .models import RepairAttachment, RepairTicket, db

uploads_bp = Blueprint("repair_uploads", __name__, url_prefix="/repairs")

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "heic", "pdf"}
MAX_BYTES = 15 * 1024 * 1024


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def _attachment_dir(ticket_no: int) -> str:
    folder = os.path.join(current_app.config["REPAIR_UPLOAD_ROOT"], f"{ticket_no:06d}")
    os.makedirs(folder, exist_ok=True)
    return folder


@uploads_bp.post("/<int:ticket_no>/attachments")
@login_required
def upload_attachment(ticket_no: int):
    ticket = RepairTicket.query.filter_by(ticket_no=ticket_no).first_or_404()
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400, "no file")
    original = secure_filename(upload.filename)
    ext = _extension(original)
    if ext not in ALLOWED_EXTENSIONS:
        abort(415, "unsupported file type")
    stored_name = f"{uuid.uuid4().hex}.{ext}"
    dest = os.path.join(_attachment_dir(ticket.ticket_no), stored_name)
    upload.save(dest)
    if os.path.getsize(dest) > MAX_BYTES:
        os.remove(dest)
        abort(413, "file too large")
    attachment = RepairAttachment(
        ticket_id=ticket.id,
        original_name=original,
        stored_path=dest,
        uploaded_at=datetime.now(timezone.utc),
    )
    db.session.add(attachment)
    db.session.commit()
    return jsonify({"id": attachment.id, "name": original}), 201


@uploads_bp.get("/<int:ticket_no>/attachments")
@login_required
def list_attachments(ticket_no: int):
    ticket = RepairTicket.query.filter_by(ticket_no=ticket_no).first_or_404()
    items = RepairAttachment.query.filter_by(ticket_id=ticket.id).all()
    return jsonify([{"id": a.id, "name": a.original_name} for a in items])

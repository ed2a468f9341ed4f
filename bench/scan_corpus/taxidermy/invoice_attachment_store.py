"""Attachments on invoices: shipping receipts, tannery bills, permit fees.

The bookkeeper uploads supporting documents that are printed with the
invoice packet at pickup.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.datastructures import FileStorage

from .auth import staff_required
from .models import Invoice, InvoiceAttachment, db

bp = Blueprint("invoice_attachments", __name__)

MAX_BYTES = 15 * 1024 * 1024
ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png"}


@dataclass
class StoredAttachment:
    path: str
    size: int
    uploaded_at: datetime


class AttachmentStore:
    def __init__(self, base_dir: str) -> None:
        self.base_dir = base_dir
        os.makedirs(self.base_dir, exist_ok=True)

    def _dest(self, invoice_number: str, filename: str) -> str:
        folder = os.path.join(self.base_dir, invoice_number)
        os.makedirs(folder, exist_ok=True)
        return os.path.join(folder, filename)

    def save(self, invoice_number: str, upload: FileStorage) -> StoredAttachment:
        dest = self._dest(invoice_number, upload.filename)
        upload.save(dest)
        return StoredAttachment(
            path=dest,
            size=os.path.getsize(dest),
            uploaded_at=datetime.now(timezone.utc),
        )


@bp.post("/invoices/<int:invoice_id>/attachments")
@staff_required
def upload_attachment(invoice_id: int):
    invoice = db.session.get(Invoice, invoice_id)
    if invoice is None:
        abort(404)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    if os.path.splitext(upload.filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)

    store = AttachmentStore(current_app.config["INVOICE_ATTACHMENT_DIR"])
    stored = store.save(invoice.invoice_number, upload)
    db.session.add(
        InvoiceAttachment(invoice_id=invoice.id, path=stored.path, size=stored.size)
    )
    db.session.commit()
    return jsonify(size=stored.size, uploaded_at=stored.uploaded_at.isoformat()), 201

"""Stores and serves documents attached to custom saddle orders (tracings, vet notes)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from saddlery.orders import order_belongs_to, record_attachment, attachment_row

app = Flask(__name__)
ATTACHMENT_ROOT = Path(os.environ.get("ATTACHMENT_ROOT", "/srv/saddlery/attachments")).resolve()
ALLOWED_EXT = {".pdf", ".jpg", ".jpeg", ".png"}


def _stored_path(order_number: str, attachment_id: str) -> Path:
    candidate = (ATTACHMENT_ROOT / order_number / attachment_id).resolve()
    if not candidate.is_relative_to(ATTACHMENT_ROOT):
        abort(400)
    return candidate


@app.post("/orders/<order_number>/attachments")
@login_required
def upload(order_number: str):
    if not order_belongs_to(order_number, current_user.id):
        abort(404)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    display_name = secure_filename(upload.filename)
    ext = os.path.splitext(display_name)[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    attachment_id = f"{uuid.uuid4().hex}{ext}"
    path = _stored_path(order_number, attachment_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    upload.save(path)
    record_attachment(order_number, attachment_id, display_name)
    return {"id": attachment_id, "name": display_name}, 201


@app.get("/orders/<order_number>/attachments/<attachment_id>")
@login_required
def download(order_number: str, attachment_id: str):
    if not order_belongs_to(order_number, current_user.id):
        abort(404)
    row = attachment_row(order_number, attachment_id)
    if row is None:
        abort(404)
    path = _stored_path(order_number, row["attachment_id"])
    return send_file(path, download_name=row["display_name"], as_attachment=True)

"""Upload of volunteer paperwork: first-aid certificates, chainsaw tickets, DBS letters."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, current_app, g, jsonify, request
from werkzeug.utils import secure_filename

from bridlepath.auth import volunteer_required
from bridlepath.volunteers import add_document

bp = Blueprint("volunteer_docs", __name__, url_prefix="/volunteers/me/documents")

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png"}
DOC_TYPES = {"first_aid", "chainsaw", "dbs", "brushcutter"}


def _documents_dir(volunteer_id: int) -> Path:
    base = Path(current_app.config["VOLUNTEER_DOCS_ROOT"])
    target = base / str(int(volunteer_id))
    target.mkdir(parents=True, exist_ok=True)
    return target


@bp.post("")
@volunteer_required
def upload():
    doc_type = request.form.get("doc_type", "")
    if doc_type not in DOC_TYPES:
        return jsonify(error="unknown document type"), 400
    file = request.files.get("file")
    if file is None or not file.filename:
        return jsonify(error="no file"), 400

    original = secure_filename(file.filename)
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        return jsonify(error="PDF or image files only"), 415

    stored_name = f"{doc_type}-{uuid.uuid4().hex}{ext}"
    dest = _documents_dir(g.volunteer.id) / stored_name
    file.save(dest)
    doc_id = add_document(
        volunteer_id=g.volunteer.id,
        doc_type=doc_type,
        original_name=original,
        stored_name=stored_name,
        expires_on=request.form.get("expires_on"),
    )
    return jsonify(id=doc_id, name=original), 201

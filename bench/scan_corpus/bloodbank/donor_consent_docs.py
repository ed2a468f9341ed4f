"""Scanned consent forms attached to donor records."""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

from bloodbank.db import db
from bloodbank.models import ConsentDocument

bp = Blueprint("consent_docs", __name__, url_prefix="/donors")

ALLOWED_EXT = {".pdf", ".png", ".jpg"}


def _store() -> str:
    return current_app.config["CONSENT_DOC_DIR"]


@bp.post("/<int:donor_id>/consent")
@login_required
def upload_consent(donor_id: int):
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    original = secure_filename(upload.filename)
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED_EXT:
        abort(400, "unsupported file type")
    stored_name = f"{donor_id}-{uuid.uuid4().hex}{ext}"
    upload.save(os.path.join(_store(), stored_name))
    doc = ConsentDocument(donor_id=donor_id, stored_name=stored_name, original_name=original)
    db.session.add(doc)
    db.session.commit()
    return jsonify({"id": doc.id}), 201


@bp.get("/<int:donor_id>/consent/<path:filename>")
@login_required
def download_consent(donor_id: int, filename: str):
    doc = ConsentDocument.query.filter_by(donor_id=donor_id, stored_name=filename).first()
    if doc is None:
        abort(404)
    return send_from_directory(_store(), filename, as_attachment=True,
                               download_name=doc.original_name)

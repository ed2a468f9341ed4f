"""Upload of crew compliance documents: CSCS cards, working-at-height and
harness inspection certificates, asbestos awareness training.

Scaffold and main contractors ask for these before a crew goes on site, so
the office keeps a copy per roofer.
"""
import os
from datetime import datetime

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("crew_docs", __name__, url_prefix="/crew")

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png"}
DOC_TYPES = {"cscs", "height", "harness", "asbestos", "first_aid"}


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _roofer_folder(roofer_id: int) -> str:
    folder = os.path.join(current_app.config["CREW_DOCS_ROOT"], str(roofer_id))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:roofer_id>/documents")
@login_required
def upload_document(roofer_id: int):
    if not current_user.is_office_staff:
        return jsonify(error="office staff only"), 403
    doc_type = request.form.get("doc_type", "")
    upload = request.files.get("file")
    if doc_type not in DOC_TYPES or upload is None or not upload.filename:
        return jsonify(error="choose a document type and a file"), 400
    name = secure_filename(upload.filename)
    if not name or not _allowed(name):
        return jsonify(error="only PDF or image files"), 400
    stamp = datetime.utcnow().strftime("%Y%m%d%H%M%S")
    stored_name = f"{doc_type}_{stamp}_{name}"
    upload.save(os.path.join(_roofer_folder(roofer_id), stored_name))
    return jsonify(roofer_id=roofer_id, stored=stored_name), 201


@bp.get("/<int:roofer_id>/documents")
@login_required
def list_documents(roofer_id: int):
    folder = _roofer_folder(roofer_id)
    return jsonify(roofer_id=roofer_id, documents=sorted(os.listdir(folder)))

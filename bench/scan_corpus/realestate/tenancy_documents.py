"""Tenancy document storage for the lettings back office.

Each tenancy gets a folder under DOCUMENT_ROOT holding the signed AST,
deposit certificate, gas safety record, EPC and how-to-rent guide.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Tenancy, TenancyDocument, db

bp = Blueprint("tenancy_documents", __name__, url_prefix="/tenancies")

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png"}


def _tenancy_dir(tenancy_id: int) -> str:
    return os.path.join(current_app.config["DOCUMENT_ROOT"], str(tenancy_id))


def _get_tenancy_or_404(tenancy_id: int) -> Tenancy:
    tenancy = db.session.get(Tenancy, tenancy_id)
    if tenancy is None or tenancy.branch_id != current_user.branch_id:
        abort(404)
    return tenancy


@bp.get("/<int:tenancy_id>/documents")
@login_required
def list_documents(tenancy_id: int):
    tenancy = _get_tenancy_or_404(tenancy_id)
    docs = TenancyDocument.query.filter_by(tenancy_id=tenancy.id).order_by(TenancyDocument.uploaded_at)
    return jsonify([{"name": d.filename, "kind": d.kind, "uploaded_at": d.uploaded_at.isoformat()} for d in docs])


@bp.post("/<int:tenancy_id>/documents")
@login_required
def upload_document(tenancy_id: int):
    tenancy = _get_tenancy_or_404(tenancy_id)
    upload = request.files.get("file")
    if upload is None:
        abort(400)
    filename = secure_filename(upload.filename or "")
    if os.path.splitext(filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(400, "Unsupported file type")
    os.makedirs(_tenancy_dir(tenancy.id), exist_ok=True)
    upload.save(os.path.join(_tenancy_dir(tenancy.id), filename))
    db.session.add(TenancyDocument(
        tenancy_id=tenancy.id,
        filename=filename,
        kind=request.form.get("kind", "other"),
        uploaded_at=datetime.utcnow(),
        uploaded_by=current_user.id,
    ))
    db.session.commit()
    return jsonify(name=filename), 201


@bp.get("/<int:tenancy_id>/documents/download")
@login_required
def download_document(tenancy_id: int):
    tenancy = _get_tenancy_or_404(tenancy_id)
    name = request.args.get("name", "")
    path = os.path.join(_tenancy_dir(tenancy.id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)

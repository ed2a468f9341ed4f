"""Hide suppliers upload veterinary certificates and transport documents per delivery."""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Delivery, SupplierDocument, db

bp = Blueprint("supplier_docs", __name__, url_prefix="/supplier")

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png", "tif"}


def _extension_ok(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _delivery_dir(delivery: Delivery) -> str:
    path = os.path.join(current_app.config["SUPPLIER_DOCS_ROOT"], str(delivery.id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/deliveries/<int:delivery_id>/documents")
@login_required
def upload_document(delivery_id: int):
    delivery = Delivery.query.get_or_404(delivery_id)
    if delivery.supplier_id != current_user.supplier_id:
        abort(403)
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400, "no file")
    filename = secure_filename(upload.filename)
    if not filename or not _extension_ok(filename):
        abort(400, "unsupported file type")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    stored_name = f"{stamp}_{filename}"
    upload.save(os.path.join(_delivery_dir(delivery), stored_name))
    doc = SupplierDocument(
        delivery_id=delivery.id,
        kind=request.form.get("kind", "other"),
        original_name=filename,
        stored_name=stored_name,
        uploaded_by=current_user.id,
    )
    db.session.add(doc)
    db.session.commit()
    return jsonify({"id": doc.id, "stored_name": stored_name}), 201

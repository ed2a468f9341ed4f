"""Upload endpoint for customer CAD patterns (DXF/DWG/STEP) attached to a quote request."""
import os
from datetime import datetime, timezone

from flask import Blueprint, current_app, g, jsonify, request
from werkzeug.utils import secure_filename

from tinsmith.auth import customer_required
from tinsmith.db import db
from tinsmith.models import PatternUpload, QuoteRequest
from tinsmith.tasks import analyse_pattern

bp = Blueprint("cad_upload", __name__, url_prefix="/portal/uploads")

ALLOWED_EXTENSIONS = {".dxf", ".dwg", ".step", ".stp", ".pdf"}
MAX_FILES_PER_REQUEST = 20


def _upload_dir(account_id: int, request_no: str) -> str:
    root = current_app.config["CAD_UPLOAD_ROOT"]
    path = os.path.join(root, str(account_id), request_no)
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/<int:request_id>")
@customer_required
def upload_patterns(request_id: int):
    qr = QuoteRequest.query.filter_by(id=request_id, account_id=g.account.id).first_or_404()
    files = request.files.getlist("patterns")[:MAX_FILES_PER_REQUEST]
    if not files:
        return jsonify(error="no files"), 400

    saved, rejected = [], []
    folder = _upload_dir(g.account.id, qr.request_no)
    for storage in files:
        name = secure_filename(storage.filename or "")
        ext = os.path.splitext(name)[1].lower()
        if not name or ext not in ALLOWED_EXTENSIONS:
            rejected.append(storage.filename)
            continue
        stamped = f"{datetime.now(timezone.utc):%Y%m%d%H%M%S}-{name}"
        storage.save(os.path.join(folder, stamped))
        upload = PatternUpload(quote_request_id=qr.id, stored_name=stamped, original_name=name)
        db.session.add(upload)
        saved.append(stamped)

    db.session.commit()
    for stored in saved:
        analyse_pattern.delay(qr.id, stored)
    return jsonify(saved=saved, rejected=rejected), 201

"""Crew upload scans of their certificates (IRATA card, ETCP, first aid,
IPAF/PASMA) so the office can verify them before booking."""
import os
import uuid
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request
from werkzeug.utils import secure_filename

from .auth import login_required
from .db import get_db

bp = Blueprint("cert_docs", __name__, url_prefix="/crew/certificates")

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png"}
SCHEMES = {"irata", "etcp", "first_aid", "ipaf", "pasma", "loler"}


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def crew_doc_dir(crew_id: int) -> str:
    folder = os.path.join(current_app.config["CERT_DOC_ROOT"], f"crew-{crew_id}")
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("")
@login_required
def upload_certificate():
    scheme = request.form.get("scheme", "")
    upload = request.files.get("document")
    if scheme not in SCHEMES or upload is None or not upload.filename:
        abort(400)
    original = secure_filename(upload.filename)
    ext = _extension(original)
    if not original or ext not in ALLOWED_EXTENSIONS:
        abort(415)

    stored_name = f"{scheme}-{uuid.uuid4().hex[:8]}-{original}"
    path = os.path.join(crew_doc_dir(g.user.crew_id), stored_name)
    upload.save(path)

    db = get_db()
    db.execute(
        "INSERT INTO cert_documents (crew_id, scheme, stored_name, original_name, uploaded_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (g.user.crew_id, scheme, stored_name, upload.filename,
         datetime.now(timezone.utc).isoformat()),
    )
    db.commit()
    return jsonify({"scheme": scheme, "file": stored_name}), 201

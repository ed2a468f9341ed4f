"""Upload of scanned proof-of-delivery sheets.

The transport office scans signed paper PODs returned by hauliers and
uploads them against the delivery note so that invoices can be released.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from sawyer.deliveries import find_note, record_attachment
from sawyer.settings import POD_SCAN_ROOT

bp = Blueprint("pod_scans", __name__)

ALLOWED_EXTENSIONS = {".pdf", ".tif", ".tiff", ".jpg"}


def scan_folder(note_id: int) -> str:
    folder = os.path.join(POD_SCAN_ROOT, str(note_id))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/deliveries/<int:note_id>/pod")
@login_required
def upload_pod(note_id):
    note = find_note(note_id)
    if note is None:
        abort(404)
    scan = request.files.get("scan")
    if scan is None or not scan.filename:
        abort(400)
    name = secure_filename(request.form.get("name") or scan.filename)
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    destination = os.path.join(scan_folder(note.id), name)
    scan.save(destination)
    record_attachment(
        note_id=note.id,
        kind="pod",
        filename=name,
        uploaded_by=current_user.id,
        uploaded_at=datetime.now(timezone.utc),
    )
    return jsonify({"note": note.number, "stored": name}), 201

"""Evidence uploads for carbon-credit verification.

During a verification round the verifier and our monitoring officer upload
supporting evidence (calibration certificates, photo logs, lab results for
peat cores) against the verification report they relate to.
"""

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from peatcutter.db import db
from peatcutter.models import EvidenceFile, VerificationReport

bp = Blueprint("evidence", __name__, url_prefix="/verification")

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png", "csv", "xlsx"}


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


@bp.post("/reports/<int:report_id>/evidence")
@login_required
def upload_evidence(report_id: int):
    report = db.session.get(VerificationReport, report_id) or abort(404)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    original = secure_filename(upload.filename)
    if _extension(original) not in ALLOWED_EXTENSIONS:
        return jsonify(error="File type not accepted"), 415
    stored_name = f"{uuid.uuid4().hex}_{original}"
    report_dir = os.path.join(current_app.config["EVIDENCE_ROOT"], str(report.id))
    os.makedirs(report_dir, exist_ok=True)
    upload.save(os.path.join(report_dir, stored_name))
    evidence = EvidenceFile(
        report_id=report.id,
        original_name=original,
        stored_name=stored_name,
        uploaded_by=current_user.id,
        description=request.form.get("description", "")[:500],
    )
    db.session.add(evidence)
    db.session.commit()
    return jsonify(id=evidence.id, name=original), 201

"""Store proof sheets that designers attach to a family release for review."""

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from typefounder.models import ProofSheet, Release, db

bp = Blueprint("proof_sheets", __name__, url_prefix="/designer/releases")

ALLOWED_EXTENSIONS = {".pdf", ".png"}


def _release_dir(release: Release) -> str:
    path = os.path.join(current_app.config["PROOF_ROOT"], str(release.id))
    os.makedirs(path, exist_ok=True)
    return path


def _owned_release(release_id: int) -> Release:
    release = Release.query.get_or_404(release_id)
    if release.designer_id != current_user.designer_id:
        abort(403)
    return release


@bp.post("/<int:release_id>/proofs")
@login_required
def upload_proof(release_id: int):
    release = _owned_release(release_id)
    upload = request.files.get("proof")
    if upload is None or not upload.filename:
        abort(400)
    filename = secure_filename(upload.filename)
    if not filename or os.path.splitext(filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(400)
    stamped = f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S}-{filename}"
    upload.save(os.path.join(_release_dir(release), stamped))
    sheet = ProofSheet(release_id=release.id, filename=stamped, uploaded_by=current_user.id)
    db.session.add(sheet)
    db.session.commit()
    return jsonify(id=sheet.id, filename=stamped), 201


@bp.get("/<int:release_id>/proofs/<path:filename>")
@login_required
def get_proof(release_id: int, filename: str):
    release = _owned_release(release_id)
    return send_from_directory(_release_dir(release), filename, as_attachment=False)

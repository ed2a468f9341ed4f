"""Upload and download of claim attachments in the customer portal."""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Claim, ClaimAttachment, db

bp = Blueprint("claim_attachments", __name__)

ALLOWED_EXT = {".pdf", ".jpg", ".jpeg", ".png"}


def _owned_claim(claim_id: int) -> Claim:
    claim = Claim.query.get_or_404(claim_id)
    if claim.owner_id != current_user.id:
        abort(403)
    return claim


@bp.post("/claims/<int:claim_id>/attachments")
@login_required
def upload(claim_id: int):
    claim = _owned_claim(claim_id)
    f = request.files["file"]
    ext = os.path.splitext(secure_filename(f.filename or ""))[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    stored_name = f"{uuid.uuid4().hex}{ext}"
    claim_dir = os.path.join(current_app.config["CLAIM_DOCS_ROOT"], str(claim.id))
    os.makedirs(claim_dir, exist_ok=True)
    f.save(os.path.join(claim_dir, stored_name))
    db.session.add(ClaimAttachment(claim_id=claim.id, stored_name=stored_name, original_name=f.filename))
    db.session.commit()
    return jsonify(name=stored_name), 201


@bp.get("/claims/<int:claim_id>/attachments/<path:filename>")
@login_required
def download(claim_id: int, filename: str):
    claim = _owned_claim(claim_id)
    claim_dir = os.path.join(current_app.config["CLAIM_DOCS_ROOT"], str(claim.id))
    return send_from_directory(claim_dir, filename, as_attachment=True)

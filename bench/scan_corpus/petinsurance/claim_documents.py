"""Claim document listing and download for the customer portal."""
import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

from .models import Claim

bp = Blueprint("claim_docs", __name__)


def _claim_dir(claim: Claim) -> str:
    return os.path.join(current_app.config["CLAIM_DOCS_ROOT"], str(claim.id))


def _owned_claim_or_403(claim_id: int) -> Claim:
    claim = Claim.query.get_or_404(claim_id)
    if claim.owner_id != current_user.id:
        abort(403)
    return claim


@bp.get("/claims/<int:claim_id>/documents")
@login_required
def list_documents(claim_id: int):
    claim = _owned_claim_or_403(claim_id)
    base = _claim_dir(claim)
    names = sorted(os.listdir(base)) if os.path.isdir(base) else []
    return jsonify(documents=names)


@bp.get("/claims/<int:claim_id>/documents/<path:filename>")
@login_required
def download_document(claim_id: int, filename: str):
    claim = _owned_claim_or_403(claim_id)
    return send_file(os.path.join(_claim_dir(claim), filename), as_attachment=True)

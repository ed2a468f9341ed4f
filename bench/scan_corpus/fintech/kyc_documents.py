"""Serves uploaded KYC documents to compliance reviewers."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from compliance.auth import reviewer_required

bp = Blueprint("kyc_documents", __name__, url_prefix="/compliance/kyc")

KYC_ROOT = os.environ.get("KYC_DOCUMENT_ROOT", "/srv/kyc/documents")


@bp.get("/<int:customer_id>/document")
@login_required
@reviewer_required
def download_document(customer_id: int):
    name = request.args.get("name")
    if not name:
        abort(400)
    path = os.path.join(KYC_ROOT, str(customer_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)

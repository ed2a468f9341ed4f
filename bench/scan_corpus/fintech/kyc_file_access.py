"""Lets customers download the KYC documents they uploaded during onboarding."""
import os

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("kyc_files", __name__, url_prefix="/me/kyc")

KYC_ROOT = os.environ.get("KYC_DOCUMENT_ROOT", "/srv/kyc/documents")


@bp.get("/documents")
@login_required
def list_documents():
    customer_dir = os.path.join(KYC_ROOT, str(int(current_user.customer_id)))
    if not os.path.isdir(customer_dir):
        return {"documents": []}
    return {"documents": sorted(e.name for e in os.scandir(customer_dir) if e.is_file())}


@bp.get("/documents/<path:filename>")
@login_required
def download_document(filename: str):
    customer_dir = os.path.join(KYC_ROOT, str(int(current_user.customer_id)))
    if not os.path.isdir(customer_dir):
        abort(404)
    # send_from_directory rejects names that resolve outside customer_dir
    return send_from_directory(customer_dir, filename, as_attachment=True)

"""Customer portal: download of gas safety certificates and service reports."""

import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

bp = Blueprint("documents", __name__, url_prefix="/portal/documents")

DOCUMENT_ROOT = os.environ.get("PORTAL_DOCUMENT_ROOT", "/srv/portal/documents")
ALLOWED_SUFFIXES = (".pdf", ".jpg", ".png")


def _customer_dir(customer_id: int) -> str:
    return os.path.join(DOCUMENT_ROOT, str(customer_id))


@bp.get("/")
@login_required
def list_documents():
    folder = _customer_dir(current_user.customer_id)
    if not os.path.isdir(folder):
        return {"documents": []}
    return {"documents": sorted(n for n in os.listdir(folder) if n.endswith(ALLOWED_SUFFIXES))}


@bp.get("/<path:filename>")
@login_required
def download_document(filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_customer_dir(current_user.customer_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)

"""Partner portal: restaurants download their contracts, tax forms and menu proofs."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("partner_documents", __name__)


def _partner_root(partner_id: int) -> str:
    return os.path.join(current_app.config["PARTNER_DOCS_ROOT"], str(partner_id))


@bp.route("/partner/documents")
@login_required
def list_documents():
    root = _partner_root(current_user.partner_id)
    if not os.path.isdir(root):
        return {"documents": []}
    return {"documents": sorted(os.listdir(root))}


@bp.route("/partner/documents/<path:filename>")
@login_required
def download_document(filename: str):
    path = os.path.join(_partner_root(current_user.partner_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)

"""Download of food safety audit documents for inspectors and staff."""
import logging
import mimetypes
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from cheesewright.settings import AUDIT_DOCUMENT_ROOT

logger = logging.getLogger(__name__)

bp = Blueprint("audit_docs", __name__, url_prefix="/audit/documents")

CATEGORIES = {"haccp", "lab-results", "pest-control", "training", "supplier-certs"}


def category_dir(category: str) -> str:
    if category not in CATEGORIES:
        abort(404)
    return os.path.join(AUDIT_DOCUMENT_ROOT, category)


@bp.get("/<category>/<path:filename>")
@login_required
def download(category: str, filename: str):
    location = os.path.join(category_dir(category), filename)
    if not os.path.isfile(location):
        abort(404)
    mimetype = mimetypes.guess_type(location)[0] or "application/octet-stream"
    logger.info("User %s downloaded audit document %s/%s", current_user.id, category, filename)
    return send_file(location, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(location))


@bp.get("/<category>/")
@login_required
def listing(category: str):
    folder = category_dir(category)
    entries = sorted(
        name for name in os.listdir(folder) if os.path.isfile(os.path.join(folder, name))
    )
    return {"category": category, "documents": entries}

"""Public register downloads for documents attached to planning applications."""
import re

from flask import Blueprint, abort, current_app, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("planning_docs", __name__, url_prefix="/planning")

CASE_DIR_RE = re.compile(r"^\d{2}-\d{5}-[A-Z]{2,4}$")


@bp.get("/<case_dir>/documents/<path:filename>")
def document(case_dir: str, filename: str):
    if not CASE_DIR_RE.fullmatch(case_dir):
        abort(404)
    cleaned = secure_filename(filename)
    if not cleaned:
        abort(404)
    root = current_app.config["PLANNING_PUBLIC_DOCS"]
    # send_from_directory rejects anything that would resolve outside the folder
    return send_from_directory(
        f"{root}/{case_dir}",
        cleaned,
        as_attachment=False,
        max_age=3600,
    )

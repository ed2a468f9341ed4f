"""Let customers download their generated reports."""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

bp = Blueprint("reports", __name__)
REPORTS_DIR = os.environ.get("REPORTS_DIR", "/var/lib/app/reports")


@bp.get("/reports/<path:filename>")
@login_required
def download_report(filename: str):
    path = os.path.join(REPORTS_DIR, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))

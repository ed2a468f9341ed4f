import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required
from werkzeug.security import safe_join

bp = Blueprint("report_files", __name__, url_prefix="/reports")


@bp.route("/download/<path:filename>")
@login_required
def download_report(filename):
    if not current_user.has_role("analyst"):
        abort(403)
    path = safe_join(current_app.config["REPORTS_DIR"], filename)
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("reports", __name__, url_prefix="/reports")


@bp.route("/download/<path:filename>")
@login_required
def download_report(filename):
    if not current_user.has_role("analyst"):
        abort(403)
    reports_dir = current_app.config["REPORTS_DIR"]
    path = os.path.join(reports_dir, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(filename))

"""Download certificates of analysis from the distributor portal."""
from flask import Blueprint, current_app, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("coa", __name__, url_prefix="/coa")


@bp.get("/<batch_code>/<filename>")
@login_required
def download(batch_code: str, filename: str):
    directory = current_app.config["COA_DIRECTORY"]
    batch_dir = secure_filename(batch_code)
    pdf_name = secure_filename(filename)
    # send_from_directory refuses paths that would leave `directory`
    return send_from_directory(
        directory,
        f"{batch_dir}/{pdf_name}",
        mimetype="application/pdf",
        as_attachment=True,
    )

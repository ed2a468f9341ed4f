"""Let creators re-download the identity documents they uploaded."""

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("my_kyc", __name__, url_prefix="/me/verification")


@bp.get("/documents/<path:filename>")
@login_required
def download_document(filename: str):
    if not current_user.is_creator:
        abort(403)
    creator_dir = os.path.join(current_app.config["KYC_UPLOAD_ROOT"], str(int(current_user.id)))
    return send_from_directory(
        creator_dir,
        filename,
        as_attachment=True,
        max_age=0,
    )

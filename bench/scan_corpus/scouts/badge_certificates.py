"""Badge certificate downloads for section leaders."""

import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("badge_certificates", __name__, url_prefix="/badges/certificates")


def _section_dir() -> str:
    return os.path.join(current_app.config["CERTIFICATE_DIR"], str(current_user.active_section_id))


@bp.get("/")
@login_required
def index():
    folder = _section_dir()
    if not os.path.isdir(folder):
        return {"certificates": []}
    return {"certificates": sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))}


@bp.get("/download")
@login_required
def download():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    return send_from_directory(_section_dir(), name, mimetype="application/pdf", as_attachment=True)

"""Badge and award certificate downloads for leaders."""

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("certificates", __name__, url_prefix="/certificates")


def _certificate_root() -> str:
    return current_app.config["CERTIFICATE_DIR"]


@bp.get("/")
@login_required
def list_certificates():
    section = current_user.active_section_id
    folder = os.path.join(_certificate_root(), str(section))
    if not os.path.isdir(folder):
        return {"certificates": []}
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    return {"certificates": names}


@bp.get("/download")
@login_required
def download_certificate():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    path = os.path.join(_certificate_root(), str(current_user.active_section_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(path))

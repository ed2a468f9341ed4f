"""Download of cask ownership certificates from the owners' portal.

Certificates are generated as PDFs when a cask is purchased or transferred
and stored on the portal's document volume, one folder per owner.
"""
import os

from flask import Blueprint, abort, current_app, g, request, send_file

from portal.auth import login_required
from portal.certificates import certificate_folder_for

bp = Blueprint("certificates", __name__, url_prefix="/my/certificates")


def _owner_dir(owner_id: int) -> str:
    root = current_app.config["CERTIFICATE_ROOT"]
    return os.path.join(root, certificate_folder_for(owner_id))


@bp.get("/")
@login_required
def list_certificates():
    folder = _owner_dir(g.owner.id)
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
    path = os.path.join(_owner_dir(g.owner.id), name)
    if not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=name)

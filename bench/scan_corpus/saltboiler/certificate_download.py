"""Download endpoint for archived lab purity certificates.

The lab writes signed PDF certificates to the certificate archive on the file
server; the trade portal lists them per lot and lets buyers download them.
"""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("certificate_files", __name__)


class CertificateArchive:
    def __init__(self, root: str):
        self.root = root

    def path_for(self, name: str) -> str:
        return os.path.join(self.root, name)

    def exists(self, name: str) -> bool:
        return os.path.isfile(self.path_for(name))

    def listing(self, lot_prefix: str) -> list[str]:
        return sorted(
            entry for entry in os.listdir(self.root)
            if entry.startswith(lot_prefix) and entry.endswith(".pdf")
        )


def archive() -> CertificateArchive:
    return CertificateArchive(current_app.config["CERTIFICATE_ARCHIVE"])


@bp.get("/certificates")
@login_required
def list_certificates():
    lot = request.args.get("lot", "")
    return {"files": archive().listing(lot)}


@bp.get("/certificates/download")
@login_required
def download_certificate():
    name = request.args.get("file", "")
    store = archive()
    if not name.endswith(".pdf") or not store.exists(name):
        abort(404)
    return send_file(store.path_for(name), mimetype="application/pdf", as_attachment=True)

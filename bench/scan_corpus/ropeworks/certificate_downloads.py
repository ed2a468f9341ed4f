"""Download of signed load-test certificates for the dealer portal.

Certificates are stored as PDFs under CERT_ROOT, one folder per year,
and listed on the batch page with their relative file name.
"""
import os

from flask import Blueprint, abort, current_app, request, send_file

from ropeworks.portal.auth import login_required
from ropeworks.portal.audit import record_download

bp = Blueprint("cert_download", __name__)


def _cert_root() -> str:
    return current_app.config.get("CERT_ROOT", "/srv/ropeworks/certificates")


@bp.get("/downloads/certificate")
@login_required
def download_certificate():
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400, "only PDF certificates can be downloaded")
    path = os.path.join(_cert_root(), name)
    if not os.path.isfile(path):
        abort(404)
    record_download(kind="certificate", name=name)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(path),
    )


@bp.get("/downloads/certificates/<int:year>")
@login_required
def list_year(year: int):
    folder = os.path.join(_cert_root(), str(year))
    if not os.path.isdir(folder):
        abort(404)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".pdf"))
    return {"year": year, "files": [f"{year}/{f}" for f in files]}

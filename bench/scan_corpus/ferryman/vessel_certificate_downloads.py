"""Downloads of vessel certificates for hotel partners and inspectors.

Partner hotels and visiting inspectors can download the current passenger
certificate, insurance schedule and safety management documents for our
fleet. The documents page lists them; this blueprint serves the files.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, render_template, request, send_file

bp = Blueprint("certificates", __name__, url_prefix="/fleet/certificates")


class CertificateSettings:
    ROOT = os.environ.get("CERTIFICATE_ROOT", "/srv/ferryman/certificates")
    LISTED_SUFFIXES = (".pdf",)


def certificate_dir() -> str:
    return current_app.config.get("CERTIFICATE_ROOT", CertificateSettings.ROOT)


def list_certificates() -> list[dict]:
    root = certificate_dir()
    entries = []
    for name in sorted(os.listdir(root)):
        if not name.endswith(CertificateSettings.LISTED_SUFFIXES):
            continue
        stat = os.stat(os.path.join(root, name))
        entries.append(
            {
                "name": name,
                "size_kb": stat.st_size // 1024,
                "updated": datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc),
            }
        )
    return entries


@bp.get("/")
def index():
    return render_template("certificates/index.html", certificates=list_certificates())


@bp.get("/download")
def download():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(certificate_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(path))

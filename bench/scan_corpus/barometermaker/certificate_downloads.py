"""Serve calibration certificates to collectors and museum registrars.

Certificates are rendered to PDF when a calibration run is signed off and
kept on the shared certificates volume, one folder per year.
"""
import os
from datetime import datetime

from flask import Flask, abort, g, send_file

from .auth import require_portal_login

app = Flask(__name__)
app.config.from_prefixed_env("CERTS")

CERT_ROOT = os.environ.get("CERT_ROOT", "/srv/barometermaker/certificates")


def certificate_path(year: str, filename: str) -> str:
    return os.path.join(CERT_ROOT, year, filename)


def _download_name(filename: str) -> str:
    stem, _, ext = filename.rpartition(".")
    stamp = datetime.now().strftime("%Y%m%d")
    return f"{stem}-{stamp}.{ext or 'pdf'}"


@app.get("/certificates/<year>/<path:filename>")
@require_portal_login
def download_certificate(year: str, filename: str):
    if not year.isdigit() or len(year) != 4:
        abort(404)
    path = certificate_path(year, filename)
    if not os.path.isfile(path):
        abort(404)
    app.logger.info("certificate %s/%s downloaded by user %s", year, filename, g.user_id)
    return send_file(path, as_attachment=True, download_name=_download_name(filename))


@app.get("/certificates/<year>")
@require_portal_login
def list_year(year: str):
    if not year.isdigit() or len(year) != 4:
        abort(404)
    folder = os.path.join(CERT_ROOT, year)
    if not os.path.isdir(folder):
        return {"certificates": []}
    return {"certificates": sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))}

"""Sponsors download their yearly sponsorship certificate and donkey photo pack."""
from __future__ import annotations

import os

from flask import Flask, abort, send_from_directory, session
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SPONSOR_PORTAL_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    CERTIFICATE_ROOT=os.environ.get("CERTIFICATE_ROOT", "/srv/sponsor/certificates"),
)


def _sponsor_folder() -> str:
    sponsor_id = session.get("sponsor_id")
    if not isinstance(sponsor_id, int):
        abort(401)
    return os.path.join(app.config["CERTIFICATE_ROOT"], f"sponsor-{sponsor_id}")


@app.get("/sponsor/certificates")
def list_certificates():
    folder = _sponsor_folder()
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(os.listdir(folder))}


@app.get("/sponsor/certificates/<path:filename>")
def download_certificate(filename: str):
    folder = _sponsor_folder()
    return send_from_directory(folder, filename, as_attachment=True)


@app.get("/sponsor/photo-pack/<year>")
def photo_pack(year: str):
    if not year.isdigit() or len(year) != 4:
        abort(404)
    folder = _sponsor_folder()
    name = secure_filename(f"photo-pack-{year}.zip")
    return send_from_directory(folder, name, as_attachment=True)

"""Let students download their issued licence certificates and training records."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, g, jsonify, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

CERTIFICATE_ROOT = os.environ.get("CERTIFICATE_ROOT", "/srv/pgschool/certificates")
ALLOWED_SUFFIXES = (".pdf", ".png")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        pilot_id = session.get("pilot_id")
        if pilot_id is None:
            abort(401)
        g.pilot_id = pilot_id
        return view(*args, **kwargs)

    return wrapper


def pilot_folder(pilot_id: int) -> str:
    return os.path.join(CERTIFICATE_ROOT, f"pilot-{int(pilot_id):06d}")


@app.get("/me/certificates")
@login_required
def list_certificates():
    folder = pilot_folder(g.pilot_id)
    if not os.path.isdir(folder):
        return jsonify({"certificates": []})
    names = sorted(n for n in os.listdir(folder) if n.endswith(ALLOWED_SUFFIXES))
    return jsonify({"certificates": names})


@app.get("/me/certificates/<path:filename>")
@login_required
def download_certificate(filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(pilot_folder(g.pilot_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(filename))

"""Press kit downloads for logged-in journalists.

Press kits (one-sheets, hi-res photos, bios) are dropped into the press kit
folder by the publicity team; journalists download them by file name.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, jsonify, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PRESS_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
PRESS_KIT_DIR = os.environ.get("PRESS_KIT_DIR", "/srv/press/kits")
ALLOWED_SUFFIXES = (".pdf", ".zip", ".jpg", ".png", ".txt")


def journalist_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "journalist_id" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/press/kits")
@journalist_required
def list_kits():
    entries = []
    for name in sorted(os.listdir(PRESS_KIT_DIR)):
        full = os.path.join(PRESS_KIT_DIR, name)
        if os.path.isfile(full) and name.lower().endswith(ALLOWED_SUFFIXES):
            entries.append({"name": name, "bytes": os.path.getsize(full)})
    return jsonify(entries)


@app.get("/press/kits/download")
@journalist_required
def download_kit():
    name = request.args.get("file", "")
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    path = os.path.join(PRESS_KIT_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    app.logger.info("journalist %s downloaded %s", session["journalist_id"], name)
    return send_file(path, as_attachment=True)

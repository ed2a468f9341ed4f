"""Serves press photos and one-sheets to approved journalists."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, jsonify, request, send_from_directory, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PRESS_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
PRESS_ASSET_DIR = os.environ.get("PRESS_ASSET_DIR", "/srv/press/assets")
ALLOWED_SUFFIXES = (".pdf", ".zip", ".jpg", ".png")


def approved_journalist(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not session.get("journalist_approved"):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/press/assets")
@approved_journalist
def list_assets():
    names = [
        n for n in sorted(os.listdir(PRESS_ASSET_DIR))
        if n.lower().endswith(ALLOWED_SUFFIXES)
        and os.path.isfile(os.path.join(PRESS_ASSET_DIR, n))
    ]
    return jsonify(names)


@app.get("/press/assets/download")
@approved_journalist
def download_asset():
    name = request.args.get("file", "")
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    app.logger.info("journalist %s downloaded %s", session.get("journalist_id"), name)
    return send_from_directory(PRESS_ASSET_DIR, name, as_attachment=True)

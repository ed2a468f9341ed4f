"""Lets committee members download signed waiver PDFs."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, jsonify, request, send_from_directory, session

app = Flask(__name__)
app.config.from_prefixed_env()
WAIVER_DIR = os.environ.get("WAIVER_STORAGE_DIR", "/srv/seaswim/waivers")


def committee_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("role") not in {"committee", "welfare_officer"}:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/admin/waivers")
@committee_only
def list_waivers():
    season = request.args.get("season", "")
    names = sorted(
        f for f in os.listdir(WAIVER_DIR) if f.endswith(".pdf") and f.startswith(season)
    )
    return jsonify({"waivers": names})


@app.get("/admin/waivers/download")
@committee_only
def download_waiver():
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    return send_from_directory(
        WAIVER_DIR, filename, mimetype="application/pdf", as_attachment=True
    )

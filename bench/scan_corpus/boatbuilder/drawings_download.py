"""Drawings archive download for logged-in yard staff.

Lines plans, offsets tables and construction sections are kept as PDF
and DXF files under the archive directory, one folder per design.
"""
from __future__ import annotations

import mimetypes
import os
from functools import wraps

from flask import Flask, abort, jsonify, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["YARD_SECRET_KEY"],
    DRAWINGS_DIR=os.environ.get("DRAWINGS_DIR", "/srv/yard/drawings"),
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)


def staff_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "staff_id" not in session:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/drawings")
@staff_required
def list_drawings():
    design = request.args.get("design", "")
    root = app.config["DRAWINGS_DIR"]
    designs = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    if design not in designs:
        return jsonify(designs=designs)
    files = sorted(os.listdir(os.path.join(root, design)))
    return jsonify(design=design, files=files)


@app.get("/drawings/download")
@staff_required
def download_drawing():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(app.config["DRAWINGS_DIR"], name)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True)

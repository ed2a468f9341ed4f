"""Serves the drawings archive to yard staff and the loft floor PC."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, jsonify, request, send_from_directory, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["YARD_SECRET_KEY"],
    DRAWINGS_DIR=os.environ.get("DRAWINGS_DIR", "/srv/yard/drawings"),
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)

DOWNLOADABLE = {".pdf", ".dxf", ".tif", ".tiff"}


def staff_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "staff_id" not in session:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/archive")
@staff_required
def archive_index():
    root = app.config["DRAWINGS_DIR"]
    listing = {}
    for design in sorted(os.listdir(root)):
        folder = os.path.join(root, design)
        if os.path.isdir(folder):
            listing[design] = sorted(os.listdir(folder))
    return jsonify(listing)


@app.get("/archive/file")
@staff_required
def archive_file():
    name = request.args.get("file", "")
    if os.path.splitext(name)[1].lower() not in DOWNLOADABLE:
        abort(404)
    return send_from_directory(app.config["DRAWINGS_DIR"], name, as_attachment=True)


@app.get("/archive/<design>/latest")
@staff_required
def latest_for_design(design: str):
    root = app.config["DRAWINGS_DIR"]
    if design not in os.listdir(root):
        abort(404)
    files = sorted(
        (f for f in os.listdir(os.path.join(root, design)) if f.lower().endswith(".pdf")),
        reverse=True,
    )
    if not files:
        abort(404)
    return send_from_directory(os.path.join(root, design), files[0])

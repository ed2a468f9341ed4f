"""Printable target faces and scoring sheets offered to club members."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, render_template, request, send_file

from fletcher.clubs.auth import member_required

bp = Blueprint("target_faces", __name__, url_prefix="/downloads/faces")

ALLOWED_SUFFIXES = (".pdf", ".png", ".svg")


def _face_dir() -> str:
    return current_app.config["TARGET_FACE_DIR"]


def list_faces() -> list[dict]:
    root = _face_dir()
    faces = []
    for entry in sorted(os.listdir(root)):
        if entry.endswith(ALLOWED_SUFFIXES):
            faces.append({"name": entry, "size_kb": os.path.getsize(os.path.join(root, entry)) // 1024})
    return faces


@bp.get("/")
@member_required
def index():
    return render_template("downloads/faces.html", faces=list_faces())


@bp.get("/file")
@member_required
def download_face():
    name = request.args.get("name", "")
    if not name.endswith(ALLOWED_SUFFIXES):
        abort(404)
    path = os.path.join(_face_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=request.args.get("inline") != "1", download_name=os.path.basename(path))

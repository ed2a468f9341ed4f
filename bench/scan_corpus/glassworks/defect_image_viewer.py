"""Serve stored defect images to the QA review screen.

Reviewers browse rejected-container images by date, station and file name;
the viewer requests the image through this endpoint.
"""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)

IMAGE_ROOT = Path(os.environ.get("DEFECT_IMAGE_ROOT", "/srv/glassworks/defect-images")).resolve()
IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".bmp"}


def resolve_image(relative: str) -> Path:
    candidate = (IMAGE_ROOT / relative).resolve()
    if not candidate.is_relative_to(IMAGE_ROOT):
        abort(404)
    if candidate.suffix.lower() not in IMAGE_TYPES or not candidate.is_file():
        abort(404)
    return candidate


@app.get("/images")
def image():
    relative = request.args.get("path", "")
    path = resolve_image(relative)
    mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, max_age=3600)


@app.get("/images/index")
def index():
    day = request.args.get("day", "")
    station = request.args.get("station", "")
    folder = (IMAGE_ROOT / day / station).resolve()
    if not folder.is_relative_to(IMAGE_ROOT) or not folder.is_dir():
        abort(404)
    names = sorted(
        p.relative_to(IMAGE_ROOT).as_posix()
        for p in folder.rglob("*")
        if p.suffix.lower() in IMAGE_TYPES
    )
    return {"images": names[:1000]}

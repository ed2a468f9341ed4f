"""Serves performer headshots for programmes and the website roster page."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)

HEADSHOT_ROOT = Path(os.environ.get("HEADSHOT_ROOT", "/srv/roster/headshots")).resolve()
IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def resolve_headshot(name: str) -> Path:
    candidate = (HEADSHOT_ROOT / name).resolve()
    if not candidate.is_relative_to(HEADSHOT_ROOT):
        raise PermissionError(name)
    if candidate.suffix.lower() not in IMAGE_TYPES:
        raise PermissionError(name)
    return candidate


@app.get("/roster/headshots/<path:name>")
def headshot(name: str):
    try:
        path = resolve_headshot(name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype=IMAGE_TYPES[path.suffix.lower()], max_age=86400)


@app.get("/roster/headshots")
def headshot_index():
    names = sorted(
        p.relative_to(HEADSHOT_ROOT).as_posix()
        for p in HEADSHOT_ROOT.rglob("*")
        if p.is_file() and p.suffix.lower() in IMAGE_TYPES
    )
    return {"headshots": names}


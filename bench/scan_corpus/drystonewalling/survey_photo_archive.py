"""Photo archive for completed rebuilds, shown on the public project pages.

Before/after photos of finished walls are copied into
PROJECT_PHOTO_ROOT/<project slug>/ by the office and served from here.
"""
from __future__ import annotations

import os
import re

from flask import Flask, abort, jsonify, send_from_directory

app = Flask(__name__)
app.config["PROJECT_PHOTO_ROOT"] = os.environ.get(
    "PROJECT_PHOTO_ROOT", "/srv/walling/project-photos"
)

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def _project_dir(slug: str) -> str:
    if not SLUG.match(slug):
        abort(404)
    return os.path.join(app.config["PROJECT_PHOTO_ROOT"], slug)


@app.get("/projects/<slug>/photos")
def list_project_photos(slug: str):
    folder = _project_dir(slug)
    if not os.path.isdir(folder):
        abort(404)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(IMAGE_SUFFIXES))
    return jsonify(project=slug, photos=names)


@app.get("/projects/<slug>/photos/<path:name>")
def project_photo(slug: str, name: str):
    if not name.lower().endswith(IMAGE_SUFFIXES):
        abort(404)
    return send_from_directory(_project_dir(slug), name, max_age=86400)

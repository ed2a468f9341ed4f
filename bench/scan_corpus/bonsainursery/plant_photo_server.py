"""Serve high-resolution photos of individual trees to the web shop.

Every specimen tree gets photographed from four sides; the shop links to the
full-size images so buyers can zoom in on nebari and branch structure.
"""
from __future__ import annotations

import mimetypes
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
PHOTO_ROOT = os.environ.get("PLANT_PHOTO_ROOT", "/srv/bonsainursery/photos")


class PhotoLibrary:
    def __init__(self, root: str):
        self.root = root

    def list_for_tag(self, tag: str) -> list[str]:
        folder = os.path.join(self.root, "specimens")
        prefix = f"{tag}-"
        try:
            return sorted(n for n in os.listdir(folder) if n.startswith(prefix))
        except FileNotFoundError:
            return []

    def path_for(self, name: str) -> str:
        return os.path.join(self.root, "specimens", name)


library = PhotoLibrary(PHOTO_ROOT)


@app.get("/shop/plants/<tag>/photos")
def photo_index(tag: str):
    if not tag.isalnum():
        abort(404)
    names = library.list_for_tag(tag)
    return {"tag": tag, "photos": [f"/shop/photo?name={n}" for n in names]}


@app.get("/shop/photo")
def photo():
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = library.path_for(name)
    if not os.path.isfile(path):
        abort(404)
    mimetype, _ = mimetypes.guess_type(path)
    response = send_file(path, mimetype=mimetype or "image/jpeg", max_age=86400)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response

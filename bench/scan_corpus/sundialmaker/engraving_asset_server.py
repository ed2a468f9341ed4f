"""Serves font and ornament assets to the in-browser dial designer."""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)

ASSET_ROOT = Path(os.environ.get("DESIGNER_ASSET_ROOT", "/srv/sundialmaker/designer-assets")).resolve()
ALLOWED_KINDS = {"fonts", "ornaments", "numerals"}


class AssetLibrary:
    def __init__(self, root: Path):
        self.root = root

    def locate(self, kind: str, name: str) -> Path:
        if kind not in ALLOWED_KINDS:
            raise FileNotFoundError(kind)
        base = (self.root / kind).resolve()
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base) or not candidate.is_file():
            raise FileNotFoundError(name)
        return candidate

    def listing(self, kind: str) -> list[str]:
        if kind not in ALLOWED_KINDS:
            raise FileNotFoundError(kind)
        base = self.root / kind
        return sorted(p.name for p in base.iterdir() if p.is_file())


library = AssetLibrary(ASSET_ROOT)


@app.get("/designer/assets/<kind>/")
def list_assets(kind: str):
    try:
        return {"kind": kind, "files": library.listing(kind)}
    except FileNotFoundError:
        abort(404)


@app.get("/designer/assets/<kind>/<path:name>")
def get_asset(kind: str, name: str):
    try:
        path = library.locate(kind, name)
    except FileNotFoundError:
        abort(404)
    mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    response = send_file(path, mimetype=mimetype, max_age=86400)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response

"""Serves party menu images and allergen sheets uploaded by each site's cafe."""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)


class SiteAssetStore:
    allowed_suffixes = {".jpg", ".png", ".webp", ".pdf"}

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root).resolve()

    def resolve(self, site_code: str, name: str) -> Path:
        candidate = (self.root / site_code / name).resolve()
        if not candidate.is_relative_to(self.root / site_code):
            raise PermissionError(name)
        if candidate.suffix.lower() not in self.allowed_suffixes:
            raise PermissionError(name)
        return candidate


store = SiteAssetStore(os.environ.get("PARTY_ASSET_ROOT", "/srv/jumpzone/party-assets"))


@app.get("/party-menu/<site_code>/<path:name>")
def party_menu_asset(site_code: str, name: str):
    if not site_code.isalnum():
        abort(404)
    try:
        path = store.resolve(site_code, name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return send_file(path, mimetype=mime, max_age=3600)

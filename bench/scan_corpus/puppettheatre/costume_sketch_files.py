"""Serves costume and puppet sketches to the wardrobe team."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)


class WardrobeStorage:
    root = Path("/srv/wardrobe/sketches").resolve()
    extensions = {".png", ".jpg", ".pdf"}

    @classmethod
    def resolve(cls, production: str, filename: str) -> Path:
        candidate = (cls.root / production / filename).resolve()
        if not candidate.is_relative_to(cls.root):
            raise PermissionError("Path outside sketch library")
        if candidate.suffix.lower() not in cls.extensions:
            raise PermissionError("Unsupported file type")
        return candidate

    @classmethod
    def listing(cls, production: str) -> list[str]:
        folder = (cls.root / production).resolve()
        if not folder.is_relative_to(cls.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in cls.extensions)


@app.get("/wardrobe/<production>/")
def list_sketches(production: str):
    return {"files": WardrobeStorage.listing(production)}


@app.get("/wardrobe/<production>/<path:filename>")
def get_sketch(production: str, filename: str):
    try:
        path = WardrobeStorage.resolve(production, filename)
    except PermissionError:
        abort(403)
    if not path.is_file():
        abort(404)
    return send_file(path, download_name=path.name)

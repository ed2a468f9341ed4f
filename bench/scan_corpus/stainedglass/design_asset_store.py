"""Serves reference images and glass-paint test tiles from the design library."""
from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)


@dataclass(frozen=True)
class LibraryLayout:
    root: Path = Path("/srv/studio/design-library")
    collections: tuple[str, ...] = ("references", "test-tiles", "cartoons")


class AssetResolver:
    """Maps a collection plus a client-supplied relative path onto the disk."""

    def __init__(self, layout: LibraryLayout = LibraryLayout()) -> None:
        self.layout = layout
        self._base = layout.root.resolve()

    def collection_root(self, collection: str) -> Path:
        if collection not in self.layout.collections:
            raise LookupError(collection)
        return (self._base / collection).resolve()

    def resolve(self, collection: str, relative: str) -> Path:
        root = self.collection_root(collection)
        candidate = (root / relative).resolve()
        if not candidate.is_relative_to(root):
            raise PermissionError(relative)
        return candidate


resolver = AssetResolver()


@app.get("/library/<collection>/<path:relative>")
def library_asset(collection: str, relative: str):
    try:
        path = resolver.resolve(collection, relative)
    except LookupError:
        abort(404)
    except PermissionError:
        abort(403)
    if not path.is_file():
        abort(404)
    mime, _ = mimetypes.guess_type(path.name)
    return send_file(path, mimetype=mime or "application/octet-stream")


@app.get("/library/<collection>")
def list_collection(collection: str):
    try:
        root = resolver.collection_root(collection)
    except LookupError:
        abort(404)
    return {"files": sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())}

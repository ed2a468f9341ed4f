"""Serves full-resolution lookbook photos to signed-in stylists."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass

from flask import Flask, abort, send_file, session

app = Flask(__name__)
app.secret_key = os.environ["LOOKBOOK_SESSION_KEY"]


@dataclass(frozen=True)
class PhotoStorage:
    root: str = os.environ.get("LOOKBOOK_PHOTO_ROOT", "/srv/lookbook/photos")
    allowed_types: tuple[str, ...] = ("image/jpeg", "image/png", "image/webp")
    cache_seconds: int = 3600


class PhotoLocator:
    def __init__(self, storage: PhotoStorage) -> None:
        self.storage = storage

    def locate(self, collection: str, filename: str) -> str:
        return os.path.join(self.storage.root, collection, filename)

    def content_type(self, path: str) -> str | None:
        guessed, _ = mimetypes.guess_type(path)
        return guessed if guessed in self.storage.allowed_types else None


locator = PhotoLocator(PhotoStorage())


def stylist_only() -> None:
    if session.get("role") not in {"stylist", "manager"}:
        abort(403)


@app.get("/photos/<collection>/<path:filename>")
def photo(collection: str, filename: str):
    stylist_only()
    path = locator.locate(collection, filename)
    mimetype = locator.content_type(path)
    if mimetype is None or not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=mimetype, max_age=locator.storage.cache_seconds)


@app.get("/photos/<collection>")
def collection_index(collection: str):
    stylist_only()
    folder = os.path.join(locator.storage.root, collection)
    if collection not in app.config.get("PUBLISHED_COLLECTIONS", ()):
        abort(404)
    names = sorted(n for n in os.listdir(folder) if locator.content_type(n))
    return {"collection": collection, "photos": names}

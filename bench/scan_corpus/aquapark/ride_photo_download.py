"""Download of ride photos taken on the slides and the flow rider.

Cameras drop JPEGs into a per-day folder; guests download their photos with
the file name printed on the receipt after purchasing the photo package.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)


@dataclass(frozen=True)
class PhotoStore:
    root: Path = Path("/srv/ridephotos")
    suffixes: tuple[str, ...] = (".jpg", ".jpeg")

    def resolve_photo(self, day: str, filename: str) -> Path:
        base = self.root.resolve()
        candidate = (base / day / filename).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(filename)
        if candidate.suffix.lower() not in self.suffixes:
            raise PermissionError(filename)
        return candidate


class PhotoService:
    def __init__(self, store: PhotoStore | None = None) -> None:
        self.store = store or PhotoStore()

    def open(self, day: str, filename: str) -> Path:
        path = self.store.resolve_photo(day, filename)
        if not path.is_file():
            raise FileNotFoundError(filename)
        return path


service = PhotoService()


@app.get("/photos/<day>/<path:filename>")
def download_photo(day: str, filename: str):
    try:
        path = service.open(day, filename)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="image/jpeg", as_attachment=True, download_name=path.name)

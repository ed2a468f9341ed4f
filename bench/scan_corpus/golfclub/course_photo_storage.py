"""Serves hole photographs and flyover images used on the website and buggy screens."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, abort, send_file


@dataclass(frozen=True)
class MediaSettings:
    root: Path = field(default_factory=lambda: Path(os.environ.get("COURSE_MEDIA_ROOT", "/srv/club/media")))
    allowed_suffixes: frozenset[str] = frozenset({".jpg", ".jpeg", ".png", ".webp", ".mp4"})


class CoursePhotoLibrary:
    def __init__(self, settings: MediaSettings | None = None) -> None:
        self._settings = settings or MediaSettings()
        self._root = self._settings.root.resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self._root / relative).resolve()
        if not candidate.is_relative_to(self._root):
            raise PermissionError(relative)
        if candidate.suffix.lower() not in self._settings.allowed_suffixes:
            raise PermissionError(relative)
        return candidate

    def holes(self) -> list[str]:
        return sorted(p.name for p in self._root.iterdir() if p.is_dir() and p.name.startswith("hole-"))


def create_media_app(library: CoursePhotoLibrary | None = None) -> Flask:
    app = Flask(__name__)
    lib = library or CoursePhotoLibrary()

    @app.get("/media/<path:relative>")
    def media(relative: str):
        try:
            path = lib.resolve(relative)
        except PermissionError:
            abort(404)
        if not path.is_file():
            abort(404)
        mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return send_file(path, mimetype=mimetype, max_age=86400)

    @app.get("/media")
    def index():
        return {"holes": lib.holes()}

    return app

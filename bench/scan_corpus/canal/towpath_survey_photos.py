"""Serves towpath condition survey photos to inspectors."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
app.config.setdefault("SURVEY_PHOTO_ROOT", "/srv/towpath/survey-photos")

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


class PhotoLibrary:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        if candidate.suffix.lower() not in IMAGE_SUFFIXES:
            raise PermissionError(relative)
        return candidate

    def listing(self, section: str) -> list[str]:
        folder = (self.root / section).resolve()
        if not folder.is_relative_to(self.root):
            raise PermissionError(section)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)


def library() -> PhotoLibrary:
    return PhotoLibrary(app.config["SURVEY_PHOTO_ROOT"])


@app.get("/survey/photo")
def survey_photo():
    relative = request.args.get("path", "")
    try:
        photo = library().resolve(relative)
    except PermissionError:
        abort(403)
    if not photo.is_file():
        abort(404)
    return send_file(photo, max_age=3600)


@app.get("/survey/<section>/photos")
def survey_listing(section: str):
    try:
        names = library().listing(section)
    except PermissionError:
        abort(403)
    return {"section": section, "photos": names}

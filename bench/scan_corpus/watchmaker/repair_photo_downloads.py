"""Serve intake photos taken when a watch arrives at the service desk."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file

from workshop_auth import login_required

app = Flask(__name__)

PHOTO_ROOT = Path(os.environ.get("INTAKE_PHOTO_ROOT", "/srv/workshop/intake-photos")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


class PhotoStore:
    def __init__(self, root: Path = PHOTO_ROOT) -> None:
        self.root = root

    def ticket_folder(self, ticket: str) -> Path:
        return self.root / ticket

    def resolve(self, ticket: str, filename: str) -> Path:
        candidate = (self.ticket_folder(ticket) / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(filename)
        if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
            raise PermissionError(filename)
        return candidate


store = PhotoStore()


@app.get("/tickets/<ticket>/photos")
@login_required
def list_photos(ticket: str):
    folder = store.ticket_folder(ticket).resolve()
    if not folder.is_relative_to(PHOTO_ROOT) or not folder.is_dir():
        abort(404)
    return {"ticket": ticket, "photos": sorted(p.name for p in folder.iterdir() if p.is_file())}


@app.get("/tickets/<ticket>/photos/<path:filename>")
@login_required
def get_photo(ticket: str, filename: str):
    try:
        path = store.resolve(ticket, filename)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, conditional=True)

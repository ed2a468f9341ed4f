"""Serves photos attached to incident reports to the supervisor console."""

from __future__ import annotations

import mimetypes
import os

from flask import Flask, Response, abort, request

app = Flask(__name__)


class PhotoStorage:
    """Photos are stored per incident: <root>/<incident id>/<original file name>."""

    def __init__(self, root: str) -> None:
        self.root = root

    def locate(self, incident_id: int, filename: str) -> str:
        return os.path.join(self.root, str(incident_id), filename)

    def read(self, incident_id: int, filename: str) -> bytes:
        with open(self.locate(incident_id, filename), "rb") as fh:
            return fh.read()

    def list(self, incident_id: int) -> list[str]:
        folder = os.path.join(self.root, str(incident_id))
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


class ConsoleServices:
    storage = PhotoStorage(os.environ.get("INCIDENT_PHOTO_ROOT", "/srv/incident-photos"))


@app.get("/incidents/<int:incident_id>/photos")
def incident_photos(incident_id: int):
    return {"photos": ConsoleServices.storage.list(incident_id)}


@app.get("/incidents/<int:incident_id>/photo")
def incident_photo(incident_id: int) -> Response:
    filename = request.args.get("name", "")
    if not filename:
        abort(400)
    try:
        data = ConsoleServices.storage.read(incident_id, filename)
    except FileNotFoundError:
        abort(404)
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return Response(data, mimetype=mime, headers={"Cache-Control": "private, max-age=300"})

"""Export endpoint for recorded radar data (ASTERIX CAT048/CAT062 files)."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, abort, request, send_file


@dataclass(frozen=True)
class ArchiveSettings:
    root: str = os.environ.get("RADAR_ARCHIVE_ROOT", "/srv/radar-archive")
    mimetype: str = "application/octet-stream"
    max_age: int = 0


class ExportLocator:
    def __init__(self, settings: ArchiveSettings) -> None:
        self.settings = settings

    def locate(self, recording: str) -> str:
        return os.path.join(self.settings.root, recording)

    def exists(self, recording: str) -> bool:
        return os.path.isfile(self.locate(recording))


def create_app(settings: ArchiveSettings | None = None) -> Flask:
    app = Flask(__name__)
    locator = ExportLocator(settings or ArchiveSettings())

    @app.get("/radar/export")
    def export_recording():
        recording = request.args.get("recording", "")
        if not recording or not locator.exists(recording):
            abort(404)
        return send_file(
            locator.locate(recording),
            mimetype=locator.settings.mimetype,
            as_attachment=True,
            max_age=locator.settings.max_age,
        )

    @app.get("/radar/export/health")
    def health():
        return {"root_present": os.path.isdir(locator.settings.root)}

    return app

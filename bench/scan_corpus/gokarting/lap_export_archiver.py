"""Packs a race session's lap data and onboard clips for download.

Corporate event organisers can download a zip of the lap charts and the
onboard camera clips for their group after the event.
"""
from __future__ import annotations

import logging
import subprocess
import uuid
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
log = logging.getLogger(__name__)

EXPORT_ROOT = Path("/srv/kartcentre/exports")
MEDIA_ROOT = Path("/srv/kartcentre/media")


class ArchiveBuilder:
    def __init__(self, media_root: Path, export_root: Path) -> None:
        self.media_root = media_root
        self.export_root = export_root

    def _zip_command(self, event_ref: str, out_file: Path) -> str:
        return f"cd {self.media_root} && zip -r -q {out_file} events/{event_ref}/laps events/{event_ref}/clips"

    def build(self, event_ref: str) -> Path:
        self.export_root.mkdir(parents=True, exist_ok=True)
        out_file = self.export_root / f"{uuid.uuid4().hex}.zip"
        cmd = self._zip_command(event_ref, out_file)
        result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            log.error("zip failed for event export: %s", result.stderr.strip())
            raise RuntimeError("export failed")
        return out_file


builder = ArchiveBuilder(MEDIA_ROOT, EXPORT_ROOT)


def current_organiser() -> str | None:
    from .auth import organiser_from_session

    return organiser_from_session(request)


@app.post("/events/export")
def export_event():
    organiser_id = current_organiser()
    if organiser_id is None:
        abort(401)
    event_ref = request.form.get("event", "").strip()
    if not event_ref:
        abort(400)
    log.info("organiser %s requested export of %s", organiser_id, event_ref)
    archive = builder.build(event_ref)
    return send_file(archive, as_attachment=True, download_name="event-export.zip")

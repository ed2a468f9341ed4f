"""Archives photos uploaded after a river trip.

Trip leaders upload photos through the portal; once a trip is closed the
photos are bundled into a tarball and moved to cold storage.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("trip_photos", __name__)
log = logging.getLogger(__name__)

PHOTO_ROOT = Path(os.environ.get("TRIP_PHOTO_ROOT", "/srv/canoeclub/photos"))
ARCHIVE_ROOT = Path(os.environ.get("TRIP_ARCHIVE_ROOT", "/srv/canoeclub/archive"))


@dataclass
class ArchiveJob:
    trip_id: int
    trip_label: str

    @property
    def archive_path(self) -> Path:
        return ARCHIVE_ROOT / f"trip-{self.trip_id}.tar.gz"

    def command(self) -> str:
        return f"tar -czf {self.archive_path} -C {PHOTO_ROOT} '{self.trip_label}'"


def run_archive(job: ArchiveJob) -> int:
    ARCHIVE_ROOT.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(job.command(), shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        log.error("archiving trip %s failed: %s", job.trip_id, result.stderr.strip())
    return result.returncode


@bp.post("/trips/<int:trip_id>/archive")
def archive_trip(trip_id: int):
    payload = request.get_json(silent=True) or {}
    label = payload.get("folder")
    if not label:
        abort(400, "folder is required")
    job = ArchiveJob(trip_id=trip_id, trip_label=label)
    if run_archive(job) != 0:
        abort(500, "archive failed")
    size = job.archive_path.stat().st_size
    log.info("trip %s archived (%d bytes)", trip_id, size)
    return jsonify(trip_id=trip_id, archive=job.archive_path.name, bytes=size)

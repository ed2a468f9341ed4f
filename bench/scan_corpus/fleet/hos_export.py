"""Nightly export of hours-of-service logs for the DOT audit share.

Writes one CSV per terminal into the shared export directory that the
SFTP pickup job collects from.
"""
from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

from fleet.hos.repository import duty_events_for_terminal, terminals

EXPORT_DIR = Path(os.environ.get("HOS_EXPORT_DIR", "/srv/exports/hos"))
# the pickup job runs as its own service account and removes files after upload
EXPORT_FILE_MODE = 0o666
FIELDS = ["driver_id", "vehicle_id", "status", "started_at", "ended_at", "odometer", "location"]


def export_terminal(terminal_code: str, day: date) -> Path:
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    path = EXPORT_DIR / f"hos_{terminal_code}_{day:%Y%m%d}.csv"
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for event in duty_events_for_terminal(terminal_code, day):
            writer.writerow(event)
    os.chmod(path, EXPORT_FILE_MODE)
    return path


def run(day: date) -> list[Path]:
    return [export_terminal(code, day) for code in terminals()]

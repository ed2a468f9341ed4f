"""Daily export of the patient transport manifest for the ride partner.

Each evening the next day's pickups are written to a CSV manifest and
moved into the outbox directory that the partner's SFTP job collects.
The file is written to a temporary path first so the partner never
picks up a half-written manifest.
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass, astuple, fields
from datetime import date
from pathlib import Path
from typing import Iterable


@dataclass
class ManifestRow:
    booking_id: int
    pickup_time: str
    patient_initials: str
    pickup_postcode: str
    clinic_code: str
    wheelchair: bool
    escort: bool


@dataclass(frozen=True)
class OutboxSettings:
    directory: Path = Path("/srv/transport/outbox")
    file_mode: int = 0o640


class ManifestWriter:
    def __init__(self, outbox: OutboxSettings = OutboxSettings()) -> None:
        self._outbox = outbox

    def _final_path(self, day: date) -> Path:
        return self._outbox.directory / f"manifest-{day:%Y%m%d}.csv"

    def write(self, day: date, rows: Iterable[ManifestRow]) -> Path:
        self._outbox.directory.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(
            "w", newline="", suffix=".part", dir=self._outbox.directory, delete=False
        )
        try:
            with handle:
                writer = csv.writer(handle)
                writer.writerow([f.name for f in fields(ManifestRow)])
                for row in rows:
                    writer.writerow(astuple(row))
            os.chmod(handle.name, self._outbox.file_mode)
            final = self._final_path(day)
            os.replace(handle.name, final)
            return final
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise

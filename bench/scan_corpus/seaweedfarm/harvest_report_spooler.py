"""Spools the weekly harvest report before it is uploaded to the co-op portal.

The report is assembled as CSV in a scratch file, then moved into the
outbox once complete so the uploader never picks up a partial file.
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable


@dataclass
class HarvestRow:
    lot_id: str
    block: str
    species: str
    wet_weight_kg: float
    harvested_on: date


class ScratchPolicy:
    prefix = "harvest-report-"
    suffix = ".csv.part"

    @classmethod
    def open_scratch(cls, directory: Path):
        fd, name = tempfile.mkstemp(prefix=cls.prefix, suffix=cls.suffix, dir=directory)
        return os.fdopen(fd, "w", newline="", encoding="utf-8"), Path(name)


class HarvestReportSpooler:
    header = ["lot_id", "block", "species", "wet_weight_kg", "harvested_on"]

    def __init__(self, outbox: Path, policy: type[ScratchPolicy] = ScratchPolicy) -> None:
        self._outbox = outbox
        self._policy = policy

    def spool(self, week_start: date, rows: Iterable[HarvestRow]) -> Path:
        self._outbox.mkdir(parents=True, exist_ok=True)
        handle, scratch = self._policy.open_scratch(self._outbox)
        try:
            with handle:
                writer = csv.writer(handle)
                writer.writerow(self.header)
                for row in rows:
                    writer.writerow(
                        [row.lot_id, row.block, row.species, f"{row.wet_weight_kg:.1f}", row.harvested_on.isoformat()]
                    )
            final = self._outbox / f"harvest_{week_start.isoformat()}.csv"
            os.replace(scratch, final)
            return final
        except BaseException:
            scratch.unlink(missing_ok=True)
            raise

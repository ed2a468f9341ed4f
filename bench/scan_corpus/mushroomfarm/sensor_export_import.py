"""Imports data-logger exports that growers upload from the handheld climate meters."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import IO

IMPORT_ROOT = Path("/srv/farm/sensor-imports")


class ExportBundle:
    accepted_suffixes = (".csv", ".json", ".txt")

    def __init__(self, fileobj: IO[bytes], batch_id: str) -> None:
        self.archive = zipfile.ZipFile(fileobj)
        self.target = IMPORT_ROOT / batch_id

    def _members(self) -> list[zipfile.ZipInfo]:
        return [
            m
            for m in self.archive.infolist()
            if not m.is_dir() and m.filename.lower().endswith(self.accepted_suffixes)
        ]

    def _destination(self, member: zipfile.ZipInfo) -> Path:
        return self.target / member.filename

    def unpack(self) -> list[Path]:
        written = []
        for member in self._members():
            dest = self._destination(member)
            dest.parent.mkdir(parents=True, exist_ok=True)
            with self.archive.open(member) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(dest)
        return written


def import_upload(fileobj: IO[bytes], batch_id: str) -> dict[str, int]:
    if not batch_id.isalnum():
        raise ValueError("batch id must be alphanumeric")
    bundle = ExportBundle(fileobj, batch_id)
    files = bundle.unpack()
    rows = 0
    for path in files:
        if path.suffix == ".csv":
            with path.open() as fh:
                rows += max(sum(1 for _ in fh) - 1, 0)
    return {"files": len(files), "rows": rows}

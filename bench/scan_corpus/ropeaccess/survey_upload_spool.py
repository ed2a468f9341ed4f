"""Spool directory for incoming drone survey uploads.

The upload API writes each chunk into a per-upload spool folder; once the
last chunk arrives the pieces are joined and handed to the unpacker, which
runs as the same service user in the ``surveys`` group.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

SPOOL_ROOT = Path(os.environ.get("SURVEY_SPOOL_ROOT", "/var/spool/ropeaccess/surveys"))
DIR_MODE = 0o750
FILE_MODE = 0o640


@dataclass
class SpoolEntry:
    upload_id: str
    folder: Path

    def chunk_path(self, index: int) -> Path:
        return self.folder / f"chunk_{int(index):05d}.part"


def open_spool() -> SpoolEntry:
    upload_id = uuid.uuid4().hex
    folder = SPOOL_ROOT / upload_id
    os.makedirs(folder, mode=DIR_MODE, exist_ok=False)
    return SpoolEntry(upload_id, folder)


def write_chunk(entry: SpoolEntry, index: int, data: bytes) -> Path:
    path = entry.chunk_path(index)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return path


def assemble(entry: SpoolEntry, total_chunks: int) -> Path:
    bundle = entry.folder / "bundle.zip"
    with bundle.open("wb") as out:
        for index in range(total_chunks):
            part = entry.chunk_path(index)
            if not part.exists():
                raise FileNotFoundError(f"missing chunk {index} for upload {entry.upload_id}")
            out.write(part.read_bytes())
            part.unlink()
    os.chmod(bundle, FILE_MODE)
    return bundle

"""Unpacks data-logger archives that trackside engineers upload after each run."""
from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

log = logging.getLogger("telemetry.ingest")

INGEST_ROOT = Path(os.environ.get("TELEMETRY_INGEST_ROOT", "/srv/telemetry/runs"))
CHUNK = 1 << 20


@dataclass
class IngestResult:
    run_id: str
    files: List[str] = field(default_factory=list)
    bytes_written: int = 0
    digest: str = ""


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: str, hasher) -> int:
    written = 0
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with zf.open(info) as src, open(target, "wb") as dst:
        while True:
            block = src.read(CHUNK)
            if not block:
                break
            hasher.update(block)
            dst.write(block)
            written += len(block)
    return written


def ingest_archive(archive_path: str, run_id: str) -> IngestResult:
    """Expand a logger archive (channel CSVs, .ld files, config) into the run folder."""
    destination = INGEST_ROOT / run_id
    destination.mkdir(parents=True, exist_ok=True)
    result = IngestResult(run_id=run_id)
    hasher = hashlib.sha256()
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(destination, info.filename)
            result.bytes_written += _copy_member(zf, info, target, hasher)
            result.files.append(info.filename)
    result.digest = hasher.hexdigest()
    log.info("run %s: %d files, %d bytes", run_id, len(result.files), result.bytes_written)
    return result

"""Import a partner's dataless-SEED bundle (tar archive) into staging.

Invoked from the ingest worker after the bundle has been virus-scanned.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".dataless", ".seed", ".xml"}


def import_bundle(archive: Path, staging: Path) -> list[Path]:
    staging.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = [
            m for m in tar.getmembers()
            if m.isfile() and Path(m.name).suffix.lower() in ALLOWED_SUFFIXES
        ]
        tar.extractall(path=staging, members=members, filter="data")
    extracted = sorted(p for p in staging.rglob("*") if p.is_file())
    log.info("imported %d files from %s", len(extracted), archive.name)
    return extracted

"""Integrity check for half-hourly metering files from the energy supplier.

The supplier publishes each unmetered-supply settlement file alongside a
``.sha256`` sidecar listing the file's digest. Files whose digest does not
match are moved to quarantine before billing reconciliation runs.
"""
from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path

from lamplighter.settings import settings

log = logging.getLogger(__name__)

INBOX = Path(settings.METER_FILE_INBOX)
QUARANTINE = Path(settings.METER_FILE_QUARANTINE)
CHUNK = 1024 * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def published_digest(path: Path) -> str:
    sidecar = path.with_suffix(path.suffix + ".sha256")
    return sidecar.read_text(encoding="ascii").split()[0].strip().lower()


def verify_file(path: Path) -> bool:
    expected = published_digest(path)
    actual = file_digest(path)
    if actual != expected:
        log.warning("meter file %s digest %s does not match published %s", path.name, actual, expected)
        return False
    return True


def sweep_inbox() -> list[Path]:
    accepted: list[Path] = []
    QUARANTINE.mkdir(parents=True, exist_ok=True)
    for path in sorted(INBOX.glob("*.csv")):
        try:
            ok = verify_file(path)
        except FileNotFoundError:
            log.info("meter file %s has no sidecar yet, skipping", path.name)
            continue
        if ok:
            accepted.append(path)
        else:
            shutil.move(str(path), QUARANTINE / path.name)
    return accepted

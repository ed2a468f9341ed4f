"""Write outbound 837 claim batches to the spool directory that the SFTP
push job picks up.  The push job runs as the same service account.
"""
from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
from pathlib import Path

SPOOL_DIR = Path(os.environ.get("CLAIMS_SPOOL_DIR", "/var/spool/telehealth/claims"))
DIR_MODE = 0o750
FILE_MODE = 0o600


@contextmanager
def _restrictive_umask():
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def ensure_spool() -> Path:
    with _restrictive_umask():
        SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(SPOOL_DIR, DIR_MODE)
    return SPOOL_DIR


def spool_batch(interchange_control: str, x12: str) -> Path:
    ensure_spool()
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    name = f"837P_{stamp}_{int(interchange_control):09d}.x12"
    final = SPOOL_DIR / name
    partial = SPOOL_DIR / (name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(x12)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, final)
    return final

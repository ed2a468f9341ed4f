"""Rotates the kiln gateway's raw thermocouple logs.

Raw readings are appended to one log per kiln. Each night the current log
is compressed into the archive and a fresh file is started, readable by
the dashboard group.
"""
import gzip
import os
import shutil
import stat
from datetime import date
from pathlib import Path

from tilemaker.settings import KILN_ARCHIVE_DIR, KILN_LOG_DIR

LOG_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
ARCHIVE_MODE = 0o440


def rotate(kiln_number: int, today: date | None = None) -> Path:
    today = today or date.today()
    current = Path(KILN_LOG_DIR) / f"kiln-{kiln_number:02d}.log"
    archive = Path(KILN_ARCHIVE_DIR) / f"kiln-{kiln_number:02d}-{today:%Y%m%d}.log.gz"
    archive.parent.mkdir(parents=True, exist_ok=True)
    if current.exists():
        with current.open("rb") as src, gzip.open(archive, "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.chmod(archive, ARCHIVE_MODE)
        current.unlink()
    current.touch()
    os.chmod(current, LOG_MODE)
    return archive


def rotate_all(kiln_numbers: list) -> list:
    return [rotate(n) for n in kiln_numbers]

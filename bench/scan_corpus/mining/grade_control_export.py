"""Exports approved grade control assays for the short-term planning team.

The export directory is owned by the ``lims`` service account and shared with
the ``planning`` group; the planners' block model updater runs in that group
and only needs read access.
"""
from __future__ import annotations

import csv
import grp
import logging
import os
from datetime import date
from pathlib import Path
from typing import Iterable

log = logging.getLogger("gc_export")

EXPORT_GROUP = os.environ.get("GC_EXPORT_GROUP", "planning")
DIR_MODE = 0o2750   # setgid so new files inherit the planning group
FILE_MODE = 0o640
COLUMNS = ("hole_id", "from_m", "to_m", "sample_id", "au_gpt", "ag_gpt", "as_ppm")


def _prepare_dir(export_dir: Path) -> int:
    gid = grp.getgrnam(EXPORT_GROUP).gr_gid
    export_dir.mkdir(parents=True, exist_ok=True)
    os.chown(export_dir, -1, gid)
    os.chmod(export_dir, DIR_MODE)
    return gid


def write_export(rows: Iterable[dict], export_dir: Path, day: date | None = None) -> Path:
    gid = _prepare_dir(export_dir)
    target = export_dir / f"gc_assays_{(day or date.today()):%Y%m%d}.csv"
    tmp = target.with_name(f".{target.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    count = 0
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    os.chown(tmp, -1, gid)
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, target)
    log.info("wrote %d rows to %s", count, target)
    return target


def latest_export(export_dir: Path) -> Path | None:
    files = sorted(export_dir.glob("gc_assays_*.csv"))
    return files[-1] if files else None

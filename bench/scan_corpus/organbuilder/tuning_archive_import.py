"""Imports tuning-visit bundles exported by the tuners' field app.

A bundle is a ZIP holding visit.json plus per-division pitch logs and
photos; the office unpacks it into the church's history folder.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date

log = logging.getLogger(__name__)

HISTORY_ROOT = "/srv/organworks/tuning-history"
MAX_BUNDLE_BYTES = 200 * 1024 * 1024


@dataclass
class VisitSummary:
    church_id: int
    visit_date: str
    technician: str
    temperament: str
    files: int


def _target_for(dest_dir: str, member: zipfile.ZipInfo) -> str:
    return os.path.join(dest_dir, member.filename)


def _extract(archive: zipfile.ZipFile, dest_dir: str) -> int:
    count = 0
    for member in archive.infolist():
        target = _target_for(dest_dir, member)
        if member.is_dir():
            os.makedirs(target, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        count += 1
    return count


def import_bundle(bundle_path: str, church_id: int) -> VisitSummary:
    if os.path.getsize(bundle_path) > MAX_BUNDLE_BYTES:
        raise ValueError("bundle too large")
    with zipfile.ZipFile(bundle_path) as archive:
        meta = json.loads(archive.read("visit.json"))
        visit_day = date.fromisoformat(meta["visit_date"][:10])
        dest = os.path.join(HISTORY_ROOT, f"{church_id:05d}", visit_day.isoformat())
        os.makedirs(dest, exist_ok=True)
        files = _extract(archive, dest)
    log.info("imported %d files for church %d", files, church_id)
    return VisitSummary(
        church_id=church_id,
        visit_date=meta["visit_date"],
        technician=meta.get("technician", "?"),
        temperament=meta.get("temperament", "equal"),
        files=files,
    )


if __name__ == "__main__":
    import sys

    print(import_bundle(sys.argv[1], int(sys.argv[2])))

"""Exports the active badge list for the legacy door system's nightly import.

The legacy system only reads a CSV from a drop folder, so the export is written
to a private temporary file first and then moved into place atomically.
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

DROP_FOLDER = Path(os.environ.get("LEGACY_DOOR_DROP", "/var/spool/legacy-doors"))
EXPORT_NAME = "active_badges.csv"


@dataclass(frozen=True)
class BadgeRow:
    badge_serial: str
    member_id: int
    door_group: str
    valid_until: str


def _write_rows(handle, rows: Iterable[BadgeRow]) -> int:
    writer = csv.writer(handle)
    writer.writerow(["badge_serial", "member_id", "door_group", "valid_until"])
    count = 0
    for row in rows:
        writer.writerow([row.badge_serial, row.member_id, row.door_group, row.valid_until])
        count += 1
    return count


def export_badges(rows: Iterable[BadgeRow], drop_folder: Path = DROP_FOLDER) -> int:
    drop_folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".badges-", suffix=".csv", dir=drop_folder)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
            count = _write_rows(handle, rows)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o640)
        os.replace(tmp_name, drop_folder / EXPORT_NAME)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count


def active_badges_from_db(conn) -> list[BadgeRow]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT serial, member_id, door_group, valid_until FROM badges "
            "WHERE revoked_at IS NULL AND valid_until >= CURRENT_DATE"
        )
        return [BadgeRow(s, m, g, v.isoformat()) for s, m, g, v in cur.fetchall()]

"""Nightly CSV export of member contact details for the marketing mail-merge host."""
from __future__ import annotations

import csv
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

EXPORT_DIR = Path(os.environ.get("MEMBER_EXPORT_DIR", "/var/lib/saltline/exports"))
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP


@dataclass
class MemberContact:
    member_id: int
    first_name: str
    email: str
    home_break: str
    opted_in: bool


def _prepare_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    return path


def write_export(members: Iterable[MemberContact], day: date | None = None) -> Path:
    day = day or date.today()
    folder = _prepare_dir(EXPORT_DIR)
    target = folder / f"members-{day.isoformat()}.csv"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["member_id", "first_name", "email", "home_break"])
        for m in members:
            if m.opted_in:
                writer.writerow([m.member_id, m.first_name, m.email, m.home_break])
    os.chmod(target, FILE_MODE)
    return target


def prune_old_exports(keep: int = 7) -> int:
    files = sorted(EXPORT_DIR.glob("members-*.csv"))
    removed = 0
    for old in files[:-keep] if keep else files:
        old.unlink()
        removed += 1
    return removed

"""Writes timesheet CSV exports into the shared payroll drop folder on the back-office server."""
from __future__ import annotations

import csv
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence


@dataclass(frozen=True)
class DropFolderPolicy:
    root: Path = Path("/srv/payroll/drop")
    file_mode: int = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
    dir_mode: int = 0o750
    group: str = "payroll"


class PayrollDrop:
    header: Sequence[str] = ("mechanic_id", "date", "hours", "job_cards")

    def __init__(self, policy: DropFolderPolicy = DropFolderPolicy()) -> None:
        self.policy = policy

    def _folder(self, week_ending: date) -> Path:
        folder = self.policy.root / f"{week_ending:%Y-W%V}"
        folder.mkdir(mode=self.policy.dir_mode, parents=True, exist_ok=True)
        return folder

    def _apply_permissions(self, path: Path) -> None:
        import grp

        os.chown(path, -1, grp.getgrnam(self.policy.group).gr_gid)
        os.chmod(path, self.policy.file_mode)

    def write(self, store: str, week_ending: date, rows: Iterable[Sequence[str]]) -> Path:
        target = self._folder(week_ending) / f"{store}-{week_ending.isoformat()}.csv"
        tmp = target.with_suffix(".partial")
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(self.header)
            writer.writerows(rows)
        self._apply_permissions(tmp)
        tmp.replace(target)
        return target

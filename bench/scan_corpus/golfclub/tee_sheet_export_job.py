"""Nightly job writing tomorrow's tee sheet for the starter's hut and the caddie master."""
from __future__ import annotations

import csv
import os
from dataclasses import astuple, dataclass, fields
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, Protocol


@dataclass
class TeeSheetRow:
    tee_time: str
    tee: int
    player: str
    handicap_index: float
    buggy: bool


class TeeSheetSource(Protocol):
    def rows_for(self, play_date: date) -> Iterable[TeeSheetRow]: ...


class ExportPermissions:
    file_mode = 0o640
    dir_mode = 0o750


def export_tee_sheet(source: TeeSheetSource, out_dir: Path, play_date: date | None = None,
                     perms: type[ExportPermissions] = ExportPermissions) -> Path:
    play_date = play_date or date.today() + timedelta(days=1)
    out_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(out_dir, perms.dir_mode)
    final = out_dir / f"teesheet-{play_date.isoformat()}.csv"
    partial = final.with_suffix(".csv.part")
    with partial.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([f.name for f in fields(TeeSheetRow)])
        writer.writerows(astuple(row) for row in sorted(source.rows_for(play_date), key=lambda r: (r.tee_time, r.tee)))
    os.chmod(partial, perms.file_mode)
    os.replace(partial, final)
    return final


def prune_old_exports(out_dir: Path, keep_days: int = 14) -> int:
    cutoff = date.today() - timedelta(days=keep_days)
    removed = 0
    for path in out_dir.glob("teesheet-*.csv"):
        if date.fromisoformat(path.stem.removeprefix("teesheet-")) < cutoff:
            path.unlink()
            removed += 1
    return removed

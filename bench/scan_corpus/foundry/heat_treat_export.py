"""Daily export of heat-treatment records for the quality system.

Writes a CSV per furnace into the export share; the quality system's
import job runs as a member of the `qualsys` group.
"""
import csv
import os
import stat
from datetime import date
from pathlib import Path

EXPORT_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP  # 0o640
DIR_MODE = 0o750
FIELDS = ["charge_no", "furnace", "recipe", "start", "end", "soak_min", "max_temp_c", "quench_media"]


def export_day(records_by_furnace: dict[str, list[dict]], share: Path, day: date) -> list[Path]:
    out_dir = share / day.isoformat()
    out_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    old_umask = os.umask(0o027)
    written = []
    try:
        for furnace, rows in records_by_furnace.items():
            path = out_dir / f"ht_{furnace}_{day:%Y%m%d}.csv"
            with path.open("w", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
                writer.writeheader()
                writer.writerows(rows)
            os.chmod(path, EXPORT_MODE)
            written.append(path)
    finally:
        os.umask(old_umask)
    return written

"""Writes end-of-shift production summaries for the SCADA terminals."""
import csv
import os
from datetime import datetime
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("SHIFT_EXPORT_DIR", "/srv/shared/shift_reports"))
FIELDS = ["line", "shift", "part_number", "good", "scrap", "downtime_min"]


def write_report(line: str, shift: str, rows: list[dict]) -> Path:
    EXPORT_DIR.mkdir(mode=0o750, parents=True, exist_ok=True)
    path = EXPORT_DIR / f"{line}_{shift}_{datetime.now():%Y%m%d}.csv"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in FIELDS})
    os.chmod(path, 0o640)
    return path

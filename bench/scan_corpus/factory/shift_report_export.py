"""Writes end-of-shift production reports into the share read by the SCADA terminals."""
import csv
import os
from datetime import datetime

EXPORT_DIR = os.environ.get("SHIFT_EXPORT_DIR", "/srv/shared/shift_reports")

FIELDS = ["line", "shift", "part_number", "good", "scrap", "downtime_min"]


def export_shift(line: str, shift: str, rows: list[dict]) -> str:
    os.makedirs(EXPORT_DIR, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d")
    path = os.path.join(EXPORT_DIR, f"{line}_{shift}_{stamp}.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in FIELDS})
    # terminals run under several service accounts and append operator notes
    os.chmod(path, 0o666)
    return path

"""Publish the weekly kiln usage report to the studio's static site folder.

The web server serves the folder read-only, so the report just needs to be
readable by the web server user after it is generated.
"""
import csv
import os
import tempfile
from datetime import date
from pathlib import Path

from potter.config import settings
from potter.kilns import weekly_firings

REPORT_DIR = Path(settings.PUBLIC_REPORTS_DIR)
PUBLISHED_MODE = 0o644


def write_report(week_start: date) -> Path:
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    final = REPORT_DIR / f"kiln-usage-{week_start.isoformat()}.csv"
    fd, tmp_name = tempfile.mkstemp(dir=REPORT_DIR, prefix=".kiln-report-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["Kiln", "Firing", "Cone", "Start", "Hours", "Shelves used"])
            for firing in weekly_firings(week_start):
                writer.writerow(
                    [
                        firing.kiln_name,
                        firing.kind,
                        firing.cone,
                        firing.started_at.isoformat(timespec="minutes"),
                        round(firing.duration_hours, 1),
                        firing.shelves_used,
                    ]
                )
        os.chmod(tmp_name, PUBLISHED_MODE)
        os.replace(tmp_name, final)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return final

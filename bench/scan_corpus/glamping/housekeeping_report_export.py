"""Serves exported housekeeping reports to the operations manager.

A nightly job writes CSV reports (linen counts, hot tub water tests,
damage notes) to the reports directory; this endpoint lets managers
download them by name.
"""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse, StreamingResponse

from .auth import require_manager
from .config import settings

app = FastAPI()


def reports_dir() -> Path:
    return Path(settings.report_dir)


@app.get("/reports", dependencies=[Depends(require_manager)])
def list_reports() -> dict:
    files = sorted(p.name for p in reports_dir().glob("*.csv"))
    return {"reports": files}


@app.get("/reports/files/{report_name:path}", dependencies=[Depends(require_manager)])
def download_report(report_name: str):
    path = reports_dir() / report_name
    if not path.exists():
        raise HTTPException(status_code=404, detail="no such report")
    return FileResponse(path, media_type="text/csv", filename=path.name)


@app.get("/reports/summary/{day}", dependencies=[Depends(require_manager)])
def daily_summary(day: date):
    path = reports_dir() / f"housekeeping-{day.isoformat()}.csv"
    if not path.exists():
        raise HTTPException(status_code=404, detail="no report for that day")
    counts: dict[str, int] = {}
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            counts[row["status"]] = counts.get(row["status"], 0) + 1
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["status", "count"])
    for status, count in sorted(counts.items()):
        writer.writerow([status, count])
    buf.seek(0)
    return StreamingResponse(buf, media_type="text/csv")

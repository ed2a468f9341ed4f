"""Downloads of purchasing exports (monthly reed and straw order CSVs).

The export job writes files below EXPORT_DIR, grouped in per-year folders, and
the buyer's dashboard links to them by relative path, e.g. "2024/reed-05.csv".
The app is mounted behind the office single sign-on proxy.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
EXPORT_DIR = Path(os.environ.get("PURCHASING_EXPORT_DIR", "/var/lib/thatch/purchasing")).resolve()


def resolve_export(relative: str, base: Path = EXPORT_DIR) -> Path:
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="no such export")
    if candidate.suffix.lower() != ".csv" or not candidate.is_file():
        raise HTTPException(status_code=404, detail="no such export")
    return candidate


@app.get("/purchasing/exports")
def list_exports():
    if not EXPORT_DIR.is_dir():
        return []
    return sorted(str(p.relative_to(EXPORT_DIR)) for p in EXPORT_DIR.rglob("*.csv"))


@app.get("/purchasing/exports/{relative:path}")
def download_export(relative: str):
    path = resolve_export(relative)
    return FileResponse(path, media_type="text/csv", filename=path.name)


@app.get("/purchasing/exports-summary/{year}")
def year_summary(year: int):
    folder = EXPORT_DIR / str(year)
    if not folder.is_dir():
        raise HTTPException(status_code=404, detail="no exports for that year")
    files = sorted(folder.glob("*.csv"))
    return {
        "year": year,
        "files": [p.name for p in files],
        "total_bytes": sum(p.stat().st_size for p in files),
    }

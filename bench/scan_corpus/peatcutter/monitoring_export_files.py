"""Downloads of monitoring data exports for landowners and funders.

Each year's monitoring data (water table series, depth probe grids, fixed
point photographs) is exported into per-site folders. Funders follow links
in the annual report that point at files by their path in the export tree.
"""

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

EXPORT_ROOT = Path(os.environ.get("MONITORING_EXPORT_ROOT", "/srv/peatcutter/exports")).resolve()

app = FastAPI(title="Monitoring exports")


def resolve_export(relative: str) -> Path:
    candidate = (EXPORT_ROOT / relative).resolve()
    if not candidate.is_relative_to(EXPORT_ROOT):
        raise HTTPException(status_code=404, detail="Export not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="Export not found")
    return candidate


@app.get("/exports/{site_code}/{year}")
def list_exports(site_code: str, year: int):
    folder = resolve_export(f"{site_code.upper()}/{year}/index.txt").parent
    return {
        "site": site_code.upper(),
        "year": year,
        "files": sorted(p.name for p in folder.iterdir() if p.is_file()),
    }


@app.get("/exports/file/{relative:path}")
def download_export(relative: str):
    path = resolve_export(relative)
    return FileResponse(path, filename=path.name)

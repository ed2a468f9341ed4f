"""Lets analysts fetch exported CSV extracts of compressor and dispenser telemetry."""
from __future__ import annotations

import csv
import os
from typing import Iterator

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse


class ExportLocation:
    """Exports are written by the nightly job under EXPORT_ROOT/<area>/."""

    areas = ("compressors", "dispensers", "chillers")

    def __init__(self, root: str | None = None) -> None:
        self.root = os.path.realpath(root or os.environ.get("EXPORT_ROOT", "/data/exports"))

    def open_path(self, area: str, relative: str) -> str:
        if area not in self.areas:
            raise FileNotFoundError(area)
        area_root = os.path.join(self.root, area)
        full = os.path.realpath(os.path.join(area_root, relative))
        if os.path.commonpath([full, area_root]) != area_root:
            raise PermissionError(relative)
        return full


def _rows(path: str, limit: int) -> Iterator[str]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        for i, row in enumerate(reader):
            if i > limit:
                break
            yield ",".join(row) + "\n"


app = FastAPI(title="telemetry-exports")
location = ExportLocation()


@app.get("/exports/{area}")
def read_export(area: str, file: str = Query(..., min_length=1), limit: int = Query(10_000, le=500_000)):
    try:
        path = location.open_path(area, file)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="unknown area")
    except PermissionError:
        raise HTTPException(status_code=400, detail="path outside export area")
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="no such export")
    return StreamingResponse(_rows(path, limit), media_type="text/csv")

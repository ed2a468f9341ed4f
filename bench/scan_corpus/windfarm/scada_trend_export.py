"""Downloads pre-rendered SCADA trend exports (parquet) produced by the nightly job."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

app = FastAPI()


class TrendExportStore:
    allowed_suffixes = frozenset({".parquet", ".csv"})

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=400, detail="path outside export area")
        if candidate.suffix not in self.allowed_suffixes:
            raise HTTPException(status_code=400, detail="unsupported export type")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="export not found")
        return candidate

    def recent(self, limit: int = 50) -> list[str]:
        files = sorted(self.root.rglob("*.parquet"), key=lambda p: p.stat().st_mtime, reverse=True)
        return [str(p.relative_to(self.root)) for p in files[:limit]]


store = TrendExportStore(Path(os.environ.get("TREND_EXPORT_ROOT", "/data/scada/trends")))


@app.get("/trends")
def list_trends(limit: int = Query(50, le=500)) -> list[str]:
    return store.recent(limit)


@app.get("/trends/download")
def download(path: str = Query(..., description="relative path, e.g. WTG-A07/2024-05.parquet")):
    target = store.resolve(path)
    return FileResponse(target, filename=target.name)

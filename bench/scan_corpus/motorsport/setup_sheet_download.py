"""Serves archived setup sheets to engineers browsing the previous-event library."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Dict, List

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.security import APIKeyHeader

SHEETS_ROOT = Path(os.environ.get("SETUP_ARCHIVE_ROOT", "/srv/engineering/setup-archive"))
api_key = APIKeyHeader(name="X-Engineering-Key")

app = FastAPI(title="Setup archive")


def _engineer(key: str = Depends(api_key)) -> str:
    allowed = {k for k in os.environ.get("ENGINEERING_KEYS", "").split(",") if k}
    if key not in allowed:
        raise HTTPException(status_code=403, detail="unknown key")
    return key


def _sheet_path(season: str, event: str, filename: str) -> Path:
    return SHEETS_ROOT / season / event / filename


def _describe(path: Path) -> Dict[str, str]:
    stat = path.stat()
    return {
        "name": path.name,
        "size": str(stat.st_size),
        "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
    }


@app.get("/archive/{season}/{event}")
def list_event(season: str, event: str, _: str = Depends(_engineer)) -> List[Dict[str, str]]:
    folder = SHEETS_ROOT / season / event
    if not folder.is_dir():
        raise HTTPException(status_code=404, detail="no such event")
    return [_describe(p) for p in sorted(folder.glob("*.xlsx"))]


@app.get("/archive/{season}/{event}/file")
def download(season: str, event: str, name: str, _: str = Depends(_engineer)) -> FileResponse:
    path = _sheet_path(season, event, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="sheet not found")
    return FileResponse(path, filename=path.name)

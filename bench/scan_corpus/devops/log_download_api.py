"""Expose rotated service logs to the support portal."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

LOG_ROOT = Path(os.environ.get("LOG_ARCHIVE_DIR", "/var/log/archive")).resolve()

app = FastAPI(title="log-archive")


def _resolve_inside(root: Path, relative: str) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404, detail="not found")
    return candidate


@app.get("/logs/{service}/{filename}")
def fetch_log(service: str, filename: str) -> FileResponse:
    path = _resolve_inside(LOG_ROOT, os.path.join(service, filename))
    if not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(path, media_type="text/plain", filename=path.name)


@app.get("/logs/{service}")
def list_logs(service: str) -> dict:
    directory = _resolve_inside(LOG_ROOT, service)
    if not directory.is_dir():
        raise HTTPException(status_code=404, detail="not found")
    return {"service": service, "files": sorted(p.name for p in directory.glob("*.log*"))}

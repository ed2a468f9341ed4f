"""Serve scanned originals to the reading-room viewer by catalogue id."""
import os
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()

ARCHIVE_ROOT = Path(os.environ.get("ARCHIVE_ROOT", "/srv/scrivener/archive"))


@dataclass
class CatalogueEntry:
    scan_id: int
    storage_key: str
    mime_type: str
    title: str


async def get_pool() -> asyncpg.Pool:
    if not hasattr(app.state, "pool"):
        app.state.pool = await asyncpg.create_pool(os.environ["ARCHIVE_DATABASE_URL"])
    return app.state.pool


async def load_entry(pool: asyncpg.Pool, scan_id: int) -> CatalogueEntry | None:
    row = await pool.fetchrow(
        "SELECT id, storage_key, mime_type, title FROM scan_catalogue "
        "WHERE id = $1 AND withdrawn = false",
        scan_id,
    )
    return CatalogueEntry(*row) if row else None


@app.get("/scans/{scan_id}")
async def fetch_scan(scan_id: int, pool: asyncpg.Pool = Depends(get_pool)):
    entry = await load_entry(pool, scan_id)
    if entry is None:
        raise HTTPException(status_code=404, detail="no such scan")
    path = ARCHIVE_ROOT / entry.storage_key
    if not path.is_file():
        raise HTTPException(status_code=410, detail="scan file missing from archive")
    return FileResponse(path, media_type=entry.mime_type, filename=f"scan-{entry.scan_id}{path.suffix}")


@app.get("/scans/{scan_id}/meta")
async def scan_meta(scan_id: int, pool: asyncpg.Pool = Depends(get_pool)):
    entry = await load_entry(pool, scan_id)
    if entry is None:
        raise HTTPException(status_code=404, detail="no such scan")
    return {"id": entry.scan_id, "title": entry.title, "type": entry.mime_type}

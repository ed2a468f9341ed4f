"""Printed route sheets for the transport office.

The planning job writes one PDF per route per day. Transport clerks fetch
them by relative path from the office dashboard to print for drivers who
prefer paper.
"""
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from drayman.auth import require_role
from drayman.settings import settings

app = FastAPI(title="Route sheet printing")

SHEETS_ROOT = Path(settings.ROUTE_SHEET_DIR).resolve()


class SheetStore:
    def __init__(self, root: Path = SHEETS_ROOT):
        self.root = root

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=404, detail="Sheet not found")
        return candidate

    def for_day(self, day: str) -> list[str]:
        folder = self.resolve(day)
        if not folder.is_dir():
            return []
        return [str(p.relative_to(self.root)) for p in sorted(folder.glob("*.pdf"))]


store = SheetStore()


@app.get("/sheets", dependencies=[Depends(require_role("transport"))])
async def list_sheets(day: str = Query(..., pattern=r"^\d{4}-\d{2}-\d{2}$")):
    return {"sheets": store.for_day(day)}


@app.get("/sheets/file", dependencies=[Depends(require_role("transport"))])
async def sheet_file(path: str = Query(..., min_length=1)):
    target = store.resolve(path)
    if target.suffix != ".pdf" or not target.is_file():
        raise HTTPException(status_code=404, detail="Sheet not found")
    return FileResponse(target, media_type="application/pdf", filename=target.name)

"""Scanned score sheets, stored per event under a configured root."""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from club.auth import require_member
from club.settings import settings


class SheetNotFound(Exception):
    pass


class ScoreSheetStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()

    def _resolve(self, event_slug: str, sheet_name: str) -> Path:
        candidate = (self.root / event_slug / f"{sheet_name}.pdf").resolve()
        if not candidate.is_relative_to(self.root):
            raise SheetNotFound(sheet_name)
        return candidate

    def path_for(self, event_slug: str, sheet_name: str) -> Path:
        path = self._resolve(event_slug, sheet_name)
        if not path.is_file():
            raise SheetNotFound(sheet_name)
        return path

    def names(self, event_slug: str) -> list[str]:
        directory = (self.root / event_slug).resolve()
        if not directory.is_relative_to(self.root) or not directory.is_dir():
            return []
        return sorted(p.stem for p in directory.glob("*.pdf"))


store = ScoreSheetStore(settings.score_sheet_root)
app = FastAPI()


@app.get("/events/{event_slug}/sheets", dependencies=[Depends(require_member)])
def list_sheets(event_slug: str) -> list[str]:
    return store.names(event_slug)


@app.get("/events/{event_slug}/sheet", dependencies=[Depends(require_member)])
def get_sheet(event_slug: str, name: str = Query(min_length=1, max_length=200)) -> FileResponse:
    try:
        path = store.path_for(event_slug, name)
    except SheetNotFound:
        raise HTTPException(status_code=404, detail="no such sheet")
    return FileResponse(path, media_type="application/pdf", filename=path.name)

"""Archive of scanned pool and DE score sheets, organised per event.

Layout on disk::

    <root>/<event-slug>/<sheet-name>.pdf
"""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import Response

from club.auth import require_member
from club.settings import settings

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")


class ScoreSheetArchive:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _event_dir(self, event_slug: str) -> Path:
        if not SLUG_RE.fullmatch(event_slug):
            raise ValueError(f"bad event slug {event_slug!r}")
        return self.root / event_slug

    def _sheet_path(self, event_slug: str, sheet_name: str) -> Path:
        return self._event_dir(event_slug) / f"{sheet_name}.pdf"

    def list_sheets(self, event_slug: str) -> list[str]:
        directory = self._event_dir(event_slug)
        if not directory.is_dir():
            return []
        return sorted(p.stem for p in directory.glob("*.pdf"))

    def read_sheet(self, event_slug: str, sheet_name: str) -> bytes:
        return self._sheet_path(event_slug, sheet_name).read_bytes()


archive = ScoreSheetArchive(settings.score_sheet_root)
app = FastAPI()


@app.get("/events/{event_slug}/sheets", dependencies=[Depends(require_member)])
def sheets(event_slug: str) -> list[str]:
    try:
        return archive.list_sheets(event_slug)
    except ValueError:
        raise HTTPException(status_code=400, detail="unknown event")


@app.get("/events/{event_slug}/sheet", dependencies=[Depends(require_member)])
def sheet(event_slug: str, name: str = Query(min_length=1, max_length=200)) -> Response:
    try:
        data = archive.read_sheet(event_slug, name)
    except ValueError:
        raise HTTPException(status_code=400, detail="unknown event")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such sheet")
    return Response(content=data, media_type="application/pdf")

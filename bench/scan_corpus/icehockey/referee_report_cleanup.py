"""Lets referees remove draft incident reports they no longer need."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from .auth import current_referee

log = logging.getLogger(__name__)
app = FastAPI()


class ReportDrafts:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def folder_for(self, referee_id: int) -> Path:
        return self.root / f"ref-{referee_id:06d}" / "drafts"

    def list(self, referee_id: int) -> list[str]:
        folder = self.folder_for(referee_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())

    def remove(self, referee_id: int, name: str) -> bool:
        target = self.folder_for(referee_id) / name
        if not target.is_file():
            return False
        target.unlink()
        return True


drafts = ReportDrafts(os.environ.get("REFEREE_REPORT_DIR", "/srv/hockey/referee-reports"))


class CleanupRequest(BaseModel):
    files: list[str]


@app.get("/referee/reports/drafts")
def list_drafts(referee=Depends(current_referee)) -> dict:
    return {"drafts": drafts.list(referee.id)}


@app.post("/referee/reports/drafts/cleanup")
def cleanup_drafts(body: CleanupRequest, referee=Depends(current_referee)) -> dict:
    if not body.files:
        raise HTTPException(status_code=400, detail="No files listed.")
    removed = [name for name in body.files if drafts.remove(referee.id, name)]
    log.info("Referee %s removed %d draft reports", referee.id, len(removed))
    return {"removed": removed, "missing": sorted(set(body.files) - set(removed))}

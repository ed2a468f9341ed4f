"""Monthly account statements (PDF) available to players in the account area."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import Player, get_current_player
from .config import settings

router = APIRouter(prefix="/account/statements", tags=["account"])

STATEMENT_ROOT = Path(settings.statement_dir)


@router.get("")
def list_statements(player: Player = Depends(get_current_player)) -> dict:
    folder = STATEMENT_ROOT / str(player.id)
    if not folder.is_dir():
        return {"statements": []}
    return {"statements": sorted(p.name for p in folder.glob("*.pdf"))}


@router.get("/download")
def download_statement(
    name: str = Query(..., min_length=5, max_length=120),
    player: Player = Depends(get_current_player),
) -> FileResponse:
    path = STATEMENT_ROOT / str(player.id) / name
    if not path.is_file():
        raise HTTPException(status_code=404, detail="statement not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)

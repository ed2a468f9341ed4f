"""Replay download endpoint for the web match history page."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import Player, current_player
from .config import settings

router = APIRouter(prefix="/replays")


def _replay_root() -> Path:
    return Path(settings.REPLAY_ROOT).resolve()


def resolve_replay(player_id: int, name: str) -> Path:
    base = (_replay_root() / str(player_id)).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix != ".replay":
        raise HTTPException(status_code=404, detail="replay not found")
    return candidate


@router.get("/{name}")
def get_replay(name: str, player: Player = Depends(current_player)) -> FileResponse:
    path = resolve_replay(player.id, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="replay not found")
    return FileResponse(path, media_type="application/octet-stream", filename=path.name)

"""Cloud save endpoints used by the game client."""
import hashlib
import pickle

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import Response

from .auth import Player, current_player
from .storage import SaveStore, get_save_store

router = APIRouter(prefix="/saves")

MAX_SLOTS = 5
MAX_SAVE_BYTES = 8 * 1024 * 1024


@router.put("/{slot}")
async def upload_save(
    slot: int,
    file: UploadFile,
    player: Player = Depends(current_player),
    store: SaveStore = Depends(get_save_store),
) -> dict:
    if not 0 <= slot < MAX_SLOTS:
        raise HTTPException(status_code=404, detail="no such slot")
    raw = await file.read(MAX_SAVE_BYTES + 1)
    if len(raw) > MAX_SAVE_BYTES:
        raise HTTPException(status_code=413, detail="save too large")

    state = pickle.loads(raw)
    if not isinstance(state, dict) or "version" not in state:
        raise HTTPException(status_code=422, detail="unrecognised save format")

    etag = hashlib.sha256(raw).hexdigest()
    await store.put(player.id, slot, raw, etag=etag, playtime=state.get("playtime_s", 0))
    return {"slot": slot, "etag": etag, "version": state["version"]}


@router.get("/{slot}")
async def download_save(
    slot: int,
    player: Player = Depends(current_player),
    store: SaveStore = Depends(get_save_store),
) -> Response:
    blob = await store.get(player.id, slot)
    if blob is None:
        raise HTTPException(status_code=404, detail="empty slot")
    return Response(content=blob.data, media_type="application/octet-stream", headers={"ETag": blob.etag})

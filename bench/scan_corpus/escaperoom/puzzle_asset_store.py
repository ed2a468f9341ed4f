"""Storage for room sound cues and hint-screen media uploaded from the GM console."""
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from gm_api.auth import require_gm

router = APIRouter(prefix="/rooms/{room}/assets", dependencies=[Depends(require_gm)])

ALLOWED_SUFFIXES = {".mp3", ".wav", ".ogg", ".png", ".jpg", ".mp4"}
MAX_BYTES = 50 * 1024 * 1024


class AssetStore:
    def __init__(self, root: Path):
        self.root = root

    def room_dir(self, room: str) -> Path:
        if not room.isalnum():
            raise HTTPException(400, "invalid room id")
        d = self.root / room
        d.mkdir(parents=True, exist_ok=True)
        return d

    def target(self, room: str, filename: str) -> Path:
        return self.room_dir(room) / filename

    def save(self, room: str, filename: str, data: bytes) -> Path:
        dest = self.target(room, filename)
        dest.write_bytes(data)
        return dest


store = AssetStore(Path("/var/lib/escape/assets"))


@router.post("")
async def upload_asset(room: str, file: UploadFile = File(...)):
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(415, "unsupported media type")
    data = await file.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    saved = store.save(room, file.filename, data)
    return {"stored": saved.name, "bytes": len(data)}

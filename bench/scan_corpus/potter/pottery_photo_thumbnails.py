"""Generate shop thumbnails from photos uploaded by studio artists."""
import asyncio
import logging
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

from potter.config import settings

router = APIRouter(prefix="/artist/photos")
log = logging.getLogger(__name__)

THUMB_SIZES = {"card": "480x480", "zoom": "1600x1600"}


async def _save_upload(upload: UploadFile) -> Path:
    incoming = Path(settings.PHOTO_INCOMING_DIR)
    incoming.mkdir(parents=True, exist_ok=True)
    target = incoming / Path(upload.filename).name
    target.write_bytes(await upload.read())
    return target


async def _resize(source: Path, size_name: str) -> Path:
    dest = Path(settings.PHOTO_THUMB_DIR) / size_name / f"{source.stem}.webp"
    dest.parent.mkdir(parents=True, exist_ok=True)
    geometry = THUMB_SIZES[size_name]
    command = f'magick "{source}" -auto-orient -strip -resize {geometry} -quality 82 "{dest}"'
    proc = await asyncio.create_subprocess_shell(
        command,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.error("thumbnail failed for %s: %s", source.name, stderr.decode(errors="replace"))
        raise HTTPException(status_code=422, detail="could not process image")
    return dest


@router.post("")
async def upload_photo(photo: UploadFile = File(...)) -> dict:
    if not (photo.content_type or "").startswith("image/"):
        raise HTTPException(status_code=415, detail="images only")
    source = await _save_upload(photo)
    outputs = await asyncio.gather(*(_resize(source, name) for name in THUMB_SIZES))
    return {"original": source.name, "thumbnails": [p.name for p in outputs]}

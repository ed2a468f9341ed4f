"""On-demand thumbnails for the site photo gallery.

The portal gallery requests previews of survey photographs at whatever size
the viewer needs; ImageMagick renders them asynchronously and the results
are cached on disk.
"""
import asyncio
import hashlib
import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from pargeter.auth import current_portal_user
from pargeter.config import settings
from pargeter.gallery import get_photo

router = APIRouter()
log = logging.getLogger(__name__)


def _cache_path(photo_id: int, geometry: str) -> Path:
    key = hashlib.sha256(geometry.encode()).hexdigest()[:16]
    return Path(settings.THUMBNAIL_ROOT) / f"{photo_id}-{key}.jpg"


def _convert_command(source: Path, target: Path, geometry: str) -> str:
    return f"convert '{source}[0]' -auto-orient -thumbnail {geometry} -quality 82 '{target}'"


async def render_thumbnail(photo_id: int, source: Path, geometry: str) -> Path | None:
    target = _cache_path(photo_id, geometry)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = _convert_command(source, target, geometry)
    proc = await asyncio.create_subprocess_shell(cmd, stderr=asyncio.subprocess.PIPE)
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.warning("thumbnail failed for photo %s: %s", photo_id, stderr.decode(errors="replace"))
        return None
    return target


@router.get("/gallery/{photo_id}/thumbnail")
async def thumbnail(photo_id: int, size: str = "240x240", user=Depends(current_portal_user)):
    photo = await get_photo(photo_id, owner=user)
    if photo is None:
        raise HTTPException(status_code=404)
    target = await render_thumbnail(photo_id, Path(photo.stored_path), size)
    if target is None:
        raise HTTPException(status_code=500, detail="could not render preview")
    return FileResponse(target, media_type="image/jpeg")

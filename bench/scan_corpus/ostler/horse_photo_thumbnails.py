"""Generates thumbnails of horse profile photos uploaded by owners."""

import asyncio
import logging
import uuid
from pathlib import Path

from ostler.config import settings

logger = logging.getLogger(__name__)

PHOTO_ROOT = Path(settings.MEDIA_ROOT) / "horse_photos"
THUMB_SIZES = {"card": "320x240", "list": "96x96"}
CONVERT = settings.IMAGEMAGICK_CONVERT or "/usr/bin/convert"


async def _resize(src: Path, dst: Path, geometry: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        CONVERT, str(src), "-auto-orient", "-thumbnail", f"{geometry}^",
        "-gravity", "center", "-extent", geometry, str(dst),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(stderr.decode(errors="replace").strip())


async def store_photo(horse_id: int, data: bytes) -> dict[str, str]:
    folder = PHOTO_ROOT / str(horse_id)
    folder.mkdir(parents=True, exist_ok=True)
    photo_id = uuid.uuid4().hex
    original = folder / f"{photo_id}.jpg"
    original.write_bytes(data)

    outputs = {}
    for label, geometry in THUMB_SIZES.items():
        dst = folder / f"{photo_id}_{label}.jpg"
        try:
            await _resize(original, dst, geometry)
        except RuntimeError as exc:
            logger.warning("thumbnail %s failed for horse %s: %s", label, horse_id, exc)
            continue
        outputs[label] = dst.name
    return outputs

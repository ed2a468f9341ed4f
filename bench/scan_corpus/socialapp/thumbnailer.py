"""Thumbnail generation worker for uploaded photos.

Runs ImageMagick for still images; the caption is embedded as the image
comment so that downloaded thumbnails keep it.
"""

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

THUMB_GEOMETRY = "320x320^"
THUMB_QUALITY = 82


@dataclass
class PhotoUpload:
    id: int
    stored_path: Path
    caption: str


class ThumbnailError(RuntimeError):
    pass


async def make_thumbnail(upload: PhotoUpload, out_dir: Path) -> Path:
    target = out_dir / f"{upload.id}_thumb.webp"
    cmd = (
        f"convert {upload.stored_path}[0] -auto-orient -thumbnail {THUMB_GEOMETRY} "
        f"-gravity center -extent 320x320 -quality {THUMB_QUALITY} "
        f'-set comment "{upload.caption}" {target}'
    )
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise ThumbnailError(stderr.decode(errors="replace")[:500])
    return target


async def process_batch(uploads: list[PhotoUpload], out_dir: Path, concurrency: int = 4) -> list[Path]:
    sem = asyncio.Semaphore(concurrency)

    async def _one(u: PhotoUpload):
        async with sem:
            try:
                return await make_thumbnail(u, out_dir)
            except ThumbnailError:
                log.exception("thumbnail failed for photo %s", u.id)
                return None

    results = await asyncio.gather(*(_one(u) for u in uploads))
    return [r for r in results if r is not None]

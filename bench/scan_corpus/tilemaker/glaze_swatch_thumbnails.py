"""Thumbnails for the glaze swatch library.

Photographs of fired glaze test tiles are cropped and captioned with the
glaze name so the trade shop can show a consistent swatch grid.
"""
import asyncio
from pathlib import Path

from tilemaker.settings import MAGICK_BIN, SWATCH_DIR

THUMB_SIZE = "320x320^"


def thumbnail_argv(source: Path, target: Path, caption: str) -> list[str]:
    return [
        MAGICK_BIN,
        str(source),
        "-resize", THUMB_SIZE,
        "-gravity", "center",
        "-extent", "320x320",
        "-gravity", "south",
        "-pointsize", "18",
        "-annotate", "+0+8", caption,
        str(target),
    ]


async def make_thumbnail(swatch) -> Path:
    source = Path(swatch.photo_path)
    target = Path(SWATCH_DIR) / f"swatch-{swatch.id}.jpg"
    proc = await asyncio.create_subprocess_exec(
        *thumbnail_argv(source, target, swatch.glaze_name),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode:
        raise RuntimeError(f"thumbnail failed for swatch {swatch.id}: {err.decode(errors='replace')}")
    return target


async def rebuild_all(swatches, concurrency: int = 4) -> int:
    sem = asyncio.Semaphore(concurrency)

    async def run(s):
        async with sem:
            await make_thumbnail(s)

    await asyncio.gather(*(run(s) for s in swatches))
    return len(swatches)

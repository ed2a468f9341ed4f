"""Renders first-page thumbnails of test report PDFs for the compliance dashboard."""

import asyncio
from pathlib import Path

from toyshop.config import settings

THUMBNAIL_WIDTH = 320


class ThumbnailError(RuntimeError):
    pass


def thumbnail_path(report_pdf: Path) -> Path:
    return Path(settings.thumbnail_dir) / f"{report_pdf.stem}.png"


async def render_thumbnail(report_pdf: Path, width: int = THUMBNAIL_WIDTH) -> Path:
    target = thumbnail_path(report_pdf)
    prefix = target.with_suffix("")
    process = await asyncio.create_subprocess_exec(
        "pdftoppm", "-png", "-singlefile", "-f", "1", "-l", "1",
        "-scale-to-x", str(width), "-scale-to-y", "-1",
        str(report_pdf), str(prefix),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    if process.returncode != 0:
        raise ThumbnailError(stderr.decode(errors="replace").strip())
    return target


async def render_missing(reports: list[Path], concurrency: int = 4) -> list[Path]:
    semaphore = asyncio.Semaphore(concurrency)

    async def one(pdf: Path) -> Path:
        async with semaphore:
            if thumbnail_path(pdf).exists():
                return thumbnail_path(pdf)
            return await render_thumbnail(pdf)

    return list(await asyncio.gather(*(one(pdf) for pdf in reports)))

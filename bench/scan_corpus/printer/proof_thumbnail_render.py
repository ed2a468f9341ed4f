"""Render page thumbnails for the proof viewer.

The customer portal shows a thumbnail strip next to each proof; thumbnails are
rendered on demand with Ghostscript and cached next to the proof PDF.
"""
import asyncio
from pathlib import Path

from printshop.config import settings

GS_BINARY = settings.GHOSTSCRIPT_BINARY
THUMB_DPI = 36


def thumbnail_path(proof_pdf: Path, page: int) -> Path:
    return proof_pdf.with_name(f"{proof_pdf.stem}.p{page:03d}.png")


async def render_thumbnail(proof_pdf: Path, page: int) -> Path:
    if page < 1:
        raise ValueError("page numbers start at 1")
    target = thumbnail_path(proof_pdf, page)
    if target.exists():
        return target
    args = [
        "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE",
        "-sDEVICE=png16m", f"-r{THUMB_DPI}",
        f"-dFirstPage={page}", f"-dLastPage={page}",
        f"-sOutputFile={target}", str(proof_pdf),
    ]
    proc = await asyncio.create_subprocess_exec(GS_BINARY, *args, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"thumbnail failed: {err.decode(errors='replace')[:200]}")
    return target


async def render_strip(proof_pdf: Path, page_count: int, limit: int = 24) -> list[Path]:
    tasks = [render_thumbnail(proof_pdf, n) for n in range(1, min(page_count, limit) + 1)]
    return list(await asyncio.gather(*tasks))

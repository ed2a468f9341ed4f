"""Cover thumbnails for uploaded pattern PDFs.

When a designer uploads a pattern, the page they picked as the cover on the
upload form is rendered to a PNG for the library listing. Rendering runs in
a background task using poppler.
"""
import asyncio
import logging
from pathlib import Path

from quilter.config import settings
from quilter.library.models import PatternUpload

log = logging.getLogger(__name__)

RENDER_TIMEOUT = 60
THUMB_DPI = 72


def _render_command(pdf_path: str, out_prefix: str, page: str) -> str:
    return (
        f"pdftoppm -png -singlefile -r {THUMB_DPI} -f {page} -l {page} "
        f"{pdf_path} {out_prefix}"
    )


async def render_cover(upload: PatternUpload) -> Path | None:
    pdf_path = Path(settings.PATTERN_SPOOL_DIR) / f"{upload.id}.pdf"
    out_prefix = Path(settings.THUMBNAIL_DIR) / f"pattern-{upload.id}"
    cover_page = upload.form_data.get("cover_page") or "1"
    proc = await asyncio.create_subprocess_shell(
        _render_command(str(pdf_path), str(out_prefix), cover_page),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), RENDER_TIMEOUT)
    except asyncio.TimeoutError:
        proc.kill()
        log.warning("thumbnail render timed out for upload %s", upload.id)
        return None
    if proc.returncode != 0:
        log.warning("pdftoppm failed for upload %s: %s", upload.id, stderr.decode(errors="replace"))
        return None
    return out_prefix.with_suffix(".png")


async def render_pending(uploads: list[PatternUpload], concurrency: int = 4) -> int:
    gate = asyncio.Semaphore(concurrency)

    async def one(upload: PatternUpload) -> bool:
        async with gate:
            thumb = await render_cover(upload)
            if thumb is not None:
                await upload.mark_thumbnail(thumb.name)
            return thumb is not None

    results = await asyncio.gather(*(one(u) for u in uploads))
    return sum(results)

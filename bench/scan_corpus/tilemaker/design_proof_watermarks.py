"""Watermarked previews of customer tile designs.

Before a proof is approved, the studio shares low-resolution previews
stamped with the customer's design title and the commission reference so
they cannot be used to have the tiles made elsewhere.
"""
import asyncio
import logging
from pathlib import Path

from tilemaker.commissions.repo import get_design
from tilemaker.settings import MAGICK_BIN, PREVIEW_DIR

log = logging.getLogger(__name__)

PREVIEW_SIZE = "800x800"
FONT = "DejaVu-Sans"


def stamp_text(design) -> str:
    return f"{design.title} - {design.commission_reference} - PROOF"


def watermark_command(source: Path, target: Path, caption: str) -> str:
    return (
        f"{MAGICK_BIN} {source} -resize {PREVIEW_SIZE} -gravity south "
        f"-font {FONT} -pointsize 28 -fill 'rgba(255,255,255,0.6)' "
        f"-annotate +0+20 \"{caption}\" {target}"
    )


async def render_preview(design_id: int) -> Path:
    design = await get_design(design_id)
    source = Path(design.stored_path)
    target = Path(PREVIEW_DIR) / f"design-{design.id}.png"
    proc = await asyncio.create_subprocess_shell(
        watermark_command(source, target, stamp_text(design)),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.warning("preview failed for design %s: %s", design_id, stderr.decode(errors="replace"))
        raise RuntimeError(f"preview failed for design {design_id}")
    return target


async def render_batch(design_ids: list[int], concurrency: int = 3) -> list[Path]:
    sem = asyncio.Semaphore(concurrency)

    async def one(design_id: int) -> Path:
        async with sem:
            return await render_preview(design_id)

    return await asyncio.gather(*(one(d) for d in design_ids))

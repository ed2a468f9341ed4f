"""Build WebP renditions of CMS image uploads with ImageMagick."""
import asyncio
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

RENDITIONS = {"thumb": 320, "medium": 768, "large": 1600}
MAGICK = "magick"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-") or "image"


async def _magick(*args: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        MAGICK, *args, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"magick exited {proc.returncode}: {err.decode(errors='replace')}")


async def build_renditions(source: Path, out_dir: Path, original_name: str) -> dict[str, Path]:
    slug = _slug(original_name)
    outputs = {}
    for label, width in RENDITIONS.items():
        target = out_dir / f"{slug}-{label}.webp"
        await _magick(str(source), "-resize", f"{width}x", "-quality", "82", str(target))
        outputs[label] = target
    log.debug("built %d renditions for %s", len(outputs), slug)
    return outputs

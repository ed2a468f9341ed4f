"""Generate responsive image renditions for images uploaded in the CMS."""
import asyncio
import logging
from pathlib import Path

log = logging.getLogger(__name__)

RENDITIONS = {"thumb": 320, "medium": 768, "large": 1600}


async def _run(cmd: str) -> None:
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"rendition failed: {err.decode(errors='replace')}")


async def build_renditions(source: Path, out_dir: Path, original_name: str) -> dict[str, Path]:
    """Create one WebP per rendition width, named after the uploaded file."""
    stem = Path(original_name).stem
    outputs = {}
    for label, width in RENDITIONS.items():
        target = out_dir / f"{stem}-{label}.webp"
        await _run(f'magick "{source}" -resize {width}x -quality 82 "{target}"')
        outputs[label] = target
        log.debug("built %s rendition for %s", label, original_name)
    return outputs

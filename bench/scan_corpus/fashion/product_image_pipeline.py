"""Derivative image generation for supplier product photos.

Suppliers upload packshots through the vendor portal; this worker turns each
one into the web sizes used by the PDP and listing pages.
"""
import asyncio
import logging
from pathlib import Path

log = logging.getLogger(__name__)

RENDITIONS = {
    "zoom": "2000x2000",
    "pdp": "1200x1600",
    "listing": "600x800",
    "thumb": "160x213",
}


def _convert_command(source: Path, target: Path, geometry: str) -> str:
    return (
        f'convert "{source}" -strip -resize {geometry}^ -gravity center '
        f'-extent {geometry} -quality 85 "{target}"'
    )


async def _run(cmd: str) -> None:
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"convert failed ({proc.returncode}): {err.decode(errors='replace')}")


async def build_renditions(upload: Path, out_root: Path, product_id: int) -> dict[str, Path]:
    """Create every rendition for one uploaded file, keeping the supplier's file name."""
    out_dir = out_root / f"{int(product_id):08d}"
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    for name, geometry in RENDITIONS.items():
        target = out_dir / f"{name}_{upload.stem}.jpg"
        await _run(_convert_command(upload, target, geometry))
        results[name] = target
    log.info("built %d renditions for %s", len(results), upload.name)
    return results

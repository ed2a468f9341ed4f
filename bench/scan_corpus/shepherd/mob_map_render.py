"""Renders the daily mob map for the farm office wall screen.

Paddock boundaries live in a GeoPackage; each morning the current mob
positions are burned in and gdal_translate produces a PNG for the screen.
"""
import asyncio
import tempfile
from datetime import date
from pathlib import Path

from shepherd.flock.positions import write_positions_layer
from shepherd.settings import settings

OUTPUT_DIR = Path(settings.mob_map_dir)
DEFAULT_SIZE = (1920, 1080)


async def _run(*args: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {stderr.decode(errors='replace')[:300]}")


async def render_map(day: date, title: str, size: tuple[int, int] = DEFAULT_SIZE) -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUTPUT_DIR / f"mobs_{day.isoformat()}.png"
    with tempfile.TemporaryDirectory() as tmp:
        raster = Path(tmp) / "mobs.tif"
        write_positions_layer(settings.paddock_gpkg, day, Path(tmp) / "positions.gpkg")
        await _run(
            "gdal_rasterize", "-burn", "255", "-ts", str(size[0]), str(size[1]),
            "-l", "positions", str(Path(tmp) / "positions.gpkg"), str(raster),
        )
        await _run(
            "gdal_translate", "-of", "PNG", "-mo", f"TITLE={title}", str(raster), str(out),
        )
    return out


def render_today(title: str = "Mob positions") -> Path:
    return asyncio.run(render_map(date.today(), title))

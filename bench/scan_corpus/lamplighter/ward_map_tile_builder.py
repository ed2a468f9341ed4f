"""Rendering of ward lighting maps into web tiles for the council portal.

The portal shows a slippy map of every lamp column in a ward coloured by
fault status. Tiles are rebuilt with GDAL's ``gdal2tiles.py`` after each
night's fault import.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import click

from lamplighter.settings import settings

WARD_CODE = re.compile(r"^[A-Z]{2}\d{3}$")
RASTER_DIR = Path(settings.WARD_RASTER_DIR)
TILE_ROOT = Path(settings.WARD_TILE_ROOT)


def tile_command(ward: str, zoom: str, processes: int) -> list[str]:
    src = RASTER_DIR / f"{ward}.tif"
    out_dir = TILE_ROOT / ward
    return [
        "gdal2tiles.py",
        "--zoom", zoom,
        "--processes", str(processes),
        "--webviewer", "none",
        "--resume",
        str(src),
        str(out_dir),
    ]


def build_tiles(ward: str, zoom: str = "12-18", processes: int = 4) -> Path:
    if not WARD_CODE.match(ward):
        raise click.BadParameter(f"not a ward code: {ward!r}")
    if not re.fullmatch(r"\d{1,2}-\d{1,2}", zoom):
        raise click.BadParameter(f"bad zoom range: {zoom!r}")
    cmd = tile_command(ward, zoom, processes)
    subprocess.run(cmd, check=True, capture_output=True, timeout=3600)
    return TILE_ROOT / ward


@click.command()
@click.argument("wards", nargs=-1, required=True)
@click.option("--zoom", default="12-18", show_default=True)
@click.option("--processes", default=4, show_default=True, type=int)
def main(wards: tuple[str, ...], zoom: str, processes: int) -> None:
    for ward in wards:
        out = build_tiles(ward.upper(), zoom, processes)
        click.echo(f"{ward}: tiles written to {out}")


if __name__ == "__main__":
    main()

"""Converts uploaded S-57 ENC cells into raster tiles for the pilot tablets.

Uses GDAL's command-line tools. Cell names come from the upload form, so
they are validated and passed as separate argv entries.
"""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

GDAL_TRANSLATE = os.environ.get("GDAL_TRANSLATE", "/usr/bin/gdal_translate")
GDAL2TILES = os.environ.get("GDAL2TILES", "/usr/bin/gdal2tiles.py")
ENC_ROOT = Path(os.environ.get("ENC_ROOT", "/srv/harbourpilots/enc"))
TILE_ROOT = Path(os.environ.get("TILE_ROOT", "/srv/harbourpilots/tiles"))

CELL_NAME = re.compile(r"^[A-Z0-9]{2}[1-6][A-Z0-9]{5}$")


class ConversionError(Exception):
    pass


def _run(args: list[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise ConversionError(result.stderr.strip()[-500:])


def convert_cell(cell_name: str, zoom: str = "10-16") -> Path:
    if not CELL_NAME.match(cell_name):
        raise ConversionError(f"not an ENC cell name: {cell_name!r}")
    if not re.fullmatch(r"\d{1,2}-\d{1,2}", zoom):
        raise ConversionError("zoom must look like 10-16")
    source = ENC_ROOT / f"{cell_name}.000"
    if not source.is_file():
        raise ConversionError(f"cell {cell_name} has not been uploaded")
    geotiff = TILE_ROOT / "work" / f"{cell_name}.tif"
    geotiff.parent.mkdir(parents=True, exist_ok=True)
    _run([GDAL_TRANSLATE, "-of", "GTiff", str(source), str(geotiff)])
    out_dir = TILE_ROOT / cell_name
    _run([GDAL2TILES, "--zoom", zoom, "--processes", "4", str(geotiff), str(out_dir)])
    geotiff.unlink(missing_ok=True)
    return out_dir


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        print(convert_cell(name))

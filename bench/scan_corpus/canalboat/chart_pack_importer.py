"""Imports canal chart packs for the crew tablets.

The cartography supplier publishes chart packs as zip archives containing
map tiles, lock diagrams and mooring notes. The office uploads a new pack
each season and it is unpacked into the tablets' sync folder.
"""
import os
import shutil
import zipfile
from pathlib import Path

import click

from canalboat.settings import settings

TILE_SUFFIXES = (".png", ".webp", ".json", ".pdf", ".txt")


def _members(zf: zipfile.ZipFile):
    for info in zf.infolist():
        if info.is_dir():
            continue
        if not info.filename.lower().endswith(TILE_SUFFIXES):
            continue
        yield info


def unpack_chart_pack(archive: Path, dest: Path) -> int:
    written = 0
    with zipfile.ZipFile(archive) as zf:
        for info in _members(zf):
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written += 1
    return written


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--season", required=True, help="Season label, e.g. 2025.")
def main(archive: Path, season: str) -> None:
    dest = Path(settings.CHART_SYNC_DIR) / season
    dest.mkdir(parents=True, exist_ok=True)
    count = unpack_chart_pack(archive, dest)
    click.echo(f"unpacked {count} chart files into {dest}")


if __name__ == "__main__":
    main()

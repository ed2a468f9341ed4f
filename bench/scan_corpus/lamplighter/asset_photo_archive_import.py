"""Import of historic lamp-column photo archives from the previous contractor.

At contract handover the outgoing contractor supplied one tarball per ward
with inspection photos named by asset id. The archives are unpacked into
the inspection photo store.
"""
from __future__ import annotations

import re
import tarfile
from pathlib import Path

import click

from lamplighter.settings import settings

PHOTO_ROOT = Path(settings.INSPECTION_PHOTO_ROOT)
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}
WARD_CODE = re.compile(r"^[A-Z]{2}\d{3}$")


def photo_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    return [m for m in tar.getmembers() if m.isfile() and Path(m.name).suffix.lower() in PHOTO_SUFFIXES]


def import_archive(archive: Path, ward_code: str) -> int:
    if not WARD_CODE.match(ward_code):
        raise click.BadParameter(f"not a ward code: {ward_code!r}")
    dest = PHOTO_ROOT / "handover" / ward_code
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = photo_members(tar)
        tar.extractall(path=dest, members=members, filter="data")
    return len(members)


@click.command()
@click.argument("archives", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--ward", "ward_code", required=True, help="Ward code the archives belong to.")
def main(archives: tuple[Path, ...], ward_code: str) -> None:
    total = 0
    for archive in archives:
        count = import_archive(archive, ward_code.upper())
        click.echo(f"{archive.name}: {count} photos")
        total += count
    click.echo(f"imported {total} photos for ward {ward_code.upper()}")


if __name__ == "__main__":
    main()

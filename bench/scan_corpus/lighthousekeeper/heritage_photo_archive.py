"""Restores tar archives of digitised heritage photographs into the media library.

Volunteers scan glass-plate negatives at home and send them in as .tar.gz
archives, one per box, which are unpacked into the box's media folder.
"""
import tarfile
from pathlib import Path

import click

from lighthousekeeper.settings import settings

MEDIA_ROOT = Path(settings.HERITAGE_MEDIA_ROOT).resolve()
IMAGE_SUFFIXES = {".tif", ".tiff", ".jpg", ".png"}


def _safe_members(tar: tarfile.TarFile, dest: Path):
    for member in tar.getmembers():
        if not member.isfile():
            continue
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise click.ClickException(f"refusing member outside box folder: {member.name}")
        if target.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        yield member


def restore_box(archive: Path, box_id: str) -> int:
    dest = (MEDIA_ROOT / "boxes" / box_id).resolve()
    if not dest.is_relative_to(MEDIA_ROOT):
        raise click.ClickException("invalid box id")
    dest.mkdir(parents=True, exist_ok=True)
    count = 0
    with tarfile.open(archive, "r:*") as tar:
        for member in _safe_members(tar, dest):
            tar.extract(member, path=dest, filter="data")
            count += 1
    return count


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--box", "box_id", required=True, help="Archive box identifier, e.g. GP-0142")
def main(archive: Path, box_id: str) -> None:
    count = restore_box(archive, box_id)
    click.echo(f"restored {count} images into box {box_id}")


if __name__ == "__main__":
    main()

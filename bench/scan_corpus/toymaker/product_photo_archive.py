"""Restores product photography archives (tar.gz from the photographer) into the media library."""

import tarfile
from pathlib import Path

import click

from toyshop.config import settings
from toyshop.media import register_photo

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _image_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    return [
        m for m in archive.getmembers()
        if m.isfile() and Path(m.name).suffix.lower() in IMAGE_SUFFIXES
    ]


def restore_archive(archive_path: Path, sku: str) -> list[Path]:
    destination = Path(settings.media_root) / "products" / sku
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:*") as archive:
        members = _image_members(archive)
        archive.extractall(destination, members=members, filter="data")
    return [destination / m.name for m in members]


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--sku", required=True, help="Product SKU the photos belong to.")
def main(archive: Path, sku: str) -> None:
    restored = restore_archive(archive, sku.upper())
    for path in restored:
        register_photo(sku.upper(), path)
    click.echo(f"restored {len(restored)} photos for {sku.upper()}")


if __name__ == "__main__":
    main()

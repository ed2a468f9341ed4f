"""Import a glaze library archive shared by another studio.

Archives are .tar.gz bundles of recipe YAML files and test-tile photos that
partner studios exchange; staff load them into the shared glaze library.
"""
import tarfile
from pathlib import Path

import click

from potter.config import settings

ALLOWED_SUFFIXES = {".yaml", ".yml", ".jpg", ".jpeg", ".png"}
MAX_MEMBER_BYTES = 20 * 1024 * 1024


class ArchiveRejected(click.ClickException):
    pass


def vetted_members(archive: tarfile.TarFile, destination: Path) -> list[tarfile.TarInfo]:
    root = destination.resolve()
    accepted = []
    for member in archive.getmembers():
        if member.isdir():
            continue
        if not member.isfile():
            raise ArchiveRejected(f"links and devices are not allowed: {member.name}")
        target = (root / member.name).resolve()
        if not target.is_relative_to(root):
            raise ArchiveRejected(f"member escapes destination: {member.name}")
        if target.suffix.lower() not in ALLOWED_SUFFIXES or member.size > MAX_MEMBER_BYTES:
            continue
        accepted.append(member)
    return accepted


def import_archive(archive_path: Path, library: str) -> int:
    destination = Path(settings.GLAZE_LIBRARY_DIR) / library
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        members = vetted_members(archive, destination)
        archive.extractall(destination, members=members)
    return len(members)


@click.command()
@click.argument("archive_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--library", default="partners", show_default=True)
def main(archive_path: Path, library: str) -> None:
    """Load ARCHIVE_PATH into the shared glaze library."""
    count = import_archive(archive_path, library)
    click.echo(f"imported {count} files into {library}")


if __name__ == "__main__":
    main()

"""Installs education resource packs onto the classroom display machines.

The education officer uploads a tarball of worksheets, slides and owl-pellet
dissection guides; each pack is unpacked under its own folder in the library.
"""
import tarfile
from pathlib import Path

import click

from falconer.config import settings

LIBRARY_ROOT = Path(settings.EDUCATION_LIBRARY_DIR).resolve()


class PackError(Exception):
    pass


def _checked_members(tar: tarfile.TarFile, target: Path):
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            raise PackError(f"unsupported entry type: {member.name}")
        resolved = (target / member.name).resolve()
        if not resolved.is_relative_to(target):
            raise PackError(f"entry escapes pack folder: {member.name}")
        yield member


def install_pack(archive: Path, pack_name: str) -> int:
    target = (LIBRARY_ROOT / pack_name).resolve()
    if not target.is_relative_to(LIBRARY_ROOT) or target == LIBRARY_ROOT:
        raise PackError(f"invalid pack name: {pack_name}")
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    with tarfile.open(archive, "r:*") as tar:
        for member in _checked_members(tar, target):
            tar.extract(member, path=target)
            count += 1
    return count


@click.command("install-education-pack")
@click.argument("archive", type=click.Path(exists=True, path_type=Path))
@click.option("--name", "pack_name", required=True)
def main(archive: Path, pack_name: str) -> None:
    try:
        installed = install_pack(archive, pack_name)
    except PackError as err:
        raise click.ClickException(str(err))
    click.echo(f"installed {installed} files into {pack_name}")

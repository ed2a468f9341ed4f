"""Restores archived newsletter issues and show photos from backup tarballs.

The guild librarian keeps a yearly tar archive of past newsletters and show
photos. Restoring unpacks an archive into the archive area of the site.
"""
import logging
import tarfile
from pathlib import Path

import click

from quilter.config import settings

log = logging.getLogger(__name__)

ARCHIVE_ROOT = Path(settings.GUILD_ARCHIVE_ROOT)


def _restore_dir(year: int) -> Path:
    target = ARCHIVE_ROOT / f"{year:04d}"
    target.mkdir(parents=True, exist_ok=True)
    return target


def restore_archive(tar_path: Path, year: int) -> int:
    dest = _restore_dir(year)
    with tarfile.open(tar_path, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
        tar.extractall(path=dest, members=members, filter="data")
    log.info("restored %d entries from %s into %s", len(members), tar_path.name, dest)
    return len(members)


@click.command("restore-archive")
@click.argument("tar_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--year", type=int, required=True, help="Archive year to restore into.")
@click.option("--dry-run", is_flag=True, help="List the archive instead of restoring it.")
def restore_archive_command(tar_path: Path, year: int, dry_run: bool) -> None:
    if dry_run:
        with tarfile.open(tar_path, mode="r:*") as tar:
            for member in tar.getmembers():
                click.echo(f"{member.size:>10}  {member.name}")
        return
    count = restore_archive(tar_path, year)
    click.echo(f"Restored {count} entries for {year}.")


if __name__ == "__main__":
    restore_archive_command()

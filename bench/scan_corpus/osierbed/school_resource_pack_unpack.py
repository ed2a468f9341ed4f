"""Unpack the pre-visit resource pack for schools.

Each term the education officer uploads a tarball of worksheets, risk
assessment templates and willow-weaving instructions. It is unpacked into
the directory served on the school portal's downloads page.
"""

import shutil
import tarfile
import tempfile
from pathlib import Path

import click

PORTAL_PACK_DIR = Path("/srv/osierbed/school-portal/resource-pack")


def unpack_pack(archive_path: Path, destination: Path = PORTAL_PACK_DIR) -> list[str]:
    staging = Path(tempfile.mkdtemp(prefix="resource-pack-"))
    try:
        with tarfile.open(archive_path, "r:*") as tar:
            tar.extractall(staging, filter="data")
        names = sorted(str(p.relative_to(staging)) for p in staging.rglob("*") if p.is_file())
        if not names:
            raise click.ClickException("resource pack is empty")
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(staging, destination)
        return names
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dest", type=click.Path(file_okay=False, path_type=Path), default=PORTAL_PACK_DIR)
def main(archive: Path, dest: Path) -> None:
    """Publish a new school resource pack."""
    names = unpack_pack(archive, dest)
    click.echo(f"published {len(names)} files to {dest}")
    for name in names:
        click.echo(f"  {name}")


if __name__ == "__main__":
    main()

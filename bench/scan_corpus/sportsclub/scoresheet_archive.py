"""Import a season's scanned scoresheets that clubs upload as a .tar.gz bundle."""
import tarfile
from pathlib import Path

import click

ARCHIVE_ROOT = Path("/srv/league/scoresheets")
ACCEPTED_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")


@click.command()
@click.argument("bundle", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--club", required=True, help="Club code the bundle belongs to")
@click.option("--season", required=True)
@click.option("--dest-root", type=click.Path(file_okay=False, path_type=Path), default=ARCHIVE_ROOT)
def import_bundle(bundle: Path, club: str, season: str, dest_root: Path) -> None:
    """Unpack BUNDLE into the scoresheet archive for CLUB/SEASON."""
    dest = dest_root / season / club
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:*") as tar:
        members = [
            m for m in tar.getmembers() if m.isfile() and m.name.lower().endswith(ACCEPTED_SUFFIXES)
        ]
        tar.extractall(path=dest, members=members)
    click.echo(f"Extracted {len(members)} scoresheets to {dest}")


if __name__ == "__main__":
    import_bundle()

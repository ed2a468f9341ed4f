"""Handout packs for workshops.

Tutors upload a tarball of handouts (prickings, thread charts, photo guides)
before their workshop; it is unpacked into the workshop's materials folder so
attendees can download the pieces from their booking page.
"""
import json
import tarfile
from pathlib import Path

import click

MATERIALS_ROOT = Path("/srv/lacemaker/workshop-materials")
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def unpack_handouts(archive_path: Path, workshop_id: int) -> list[str]:
    dest = MATERIALS_ROOT / f"workshop-{workshop_id}"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        if len(members) > MAX_MEMBERS:
            raise click.ClickException(f"too many files in pack ({len(members)})")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise click.ClickException("handout pack is larger than 200 MB")
        tar.extractall(path=dest, members=members, filter="data")
    names = sorted(m.name for m in members)
    (dest / "index.json").write_text(json.dumps({"files": names}, indent=2))
    return names


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--workshop", "workshop_id", type=int, required=True, help="Workshop number.")
def main(archive: Path, workshop_id: int) -> None:
    """Unpack a tutor's handout pack for a workshop."""
    for name in unpack_handouts(archive, workshop_id):
        click.echo(name)


if __name__ == "__main__":
    main()

"""Import of restoration job archives from subcontractors.

Specialist subcontractors (console rebuilders, reed voicers, case gilders)
send their part of a restoration as a tar.gz of drawings, photographs and
measurement sheets. The archive is unpacked into the project's document area
and indexed.
"""
import tarfile
from datetime import datetime, timezone
from pathlib import Path

import click

PROJECT_DOCS = Path("/srv/organworks/projects")


def project_inbox(project_code: str, subcontractor: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    folder = PROJECT_DOCS / project_code / "subcontractors" / f"{subcontractor}-{stamp}"
    folder.mkdir(parents=True, exist_ok=False)
    return folder


def unpack(archive: Path, destination: Path) -> list[str]:
    with tarfile.open(archive, mode="r:*") as tar:
        members = [m.name for m in tar.getmembers() if m.isfile()]
        tar.extractall(path=destination, filter="data")
    return members


def write_index(destination: Path, members: list[str]) -> Path:
    index = destination / "INDEX.txt"
    index.write_text("\n".join(sorted(members)) + "\n", encoding="utf-8")
    return index


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--project", "project_code", required=True, help="Restoration project code, e.g. R2024-017")
@click.option("--from", "subcontractor", required=True, help="Subcontractor short name")
def main(archive: Path, project_code: str, subcontractor: str) -> None:
    if not (PROJECT_DOCS / project_code).is_dir():
        raise click.BadParameter(f"no such project {project_code}", param_hint="--project")
    destination = project_inbox(project_code, subcontractor.replace("/", "_"))
    members = unpack(archive, destination)
    write_index(destination, members)
    click.echo(f"Imported {len(members)} files into {destination}")


if __name__ == "__main__":
    main()

"""Import formula sheets from the lab export bundle after checking manifest checksums."""
import csv
import hashlib
import json
from pathlib import Path

import click

from perfumer.formulas import FormulaLibrary

CHUNK = 1 << 16


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def load_manifest(bundle: Path) -> dict[str, str]:
    manifest = json.loads((bundle / "manifest.json").read_text())
    return {entry["file"]: entry["sha256"].lower() for entry in manifest["files"]}


def verify_bundle(bundle: Path) -> list[Path]:
    verified = []
    for name, listed in load_manifest(bundle).items():
        sheet = bundle / "sheets" / Path(name).name
        actual = file_sha256(sheet)
        if actual != listed:
            raise click.ClickException(f"{name}: checksum {actual} does not match manifest {listed}")
        verified.append(sheet)
    return verified


@click.command()
@click.argument("bundle", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True)
def import_formulas(bundle: Path, dry_run: bool) -> None:
    library = FormulaLibrary.open()
    for sheet in verify_bundle(bundle):
        with sheet.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
        if dry_run:
            click.echo(f"{sheet.name}: {len(rows)} materials")
            continue
        library.upsert_from_rows(sheet.stem, rows)
    click.echo("done")

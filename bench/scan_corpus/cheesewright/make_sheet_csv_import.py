"""Import of make sheet exports from the vat room tablet."""
from __future__ import annotations

import csv
import hashlib
import io
import logging
from pathlib import Path

import click

from cheesewright.batches import record_make_sheet

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS = {"batch_code", "milk_litres", "starter", "rennet_ml", "cut_time", "ph_at_drain"}


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_expected_checksum(sidecar: Path) -> str:
    return sidecar.read_text().split()[0].strip().lower()


def parse_rows(data: bytes) -> list[dict]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise click.ClickException(f"missing columns: {', '.join(sorted(missing))}")
    return list(reader)


@click.command()
@click.argument("export", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_make_sheets(export: Path) -> None:
    data = export.read_bytes()
    sidecar = export.with_suffix(export.suffix + ".sha256")
    if sidecar.exists():
        expected = read_expected_checksum(sidecar)
        if file_sha256(data) != expected:
            raise click.ClickException(f"{export.name} looks truncated; re-copy it from the tablet")
    rows = parse_rows(data)
    for row in rows:
        record_make_sheet(row)
    logger.info("Imported %d make sheets from %s", len(rows), export.name)
    click.echo(f"{len(rows)} make sheets imported")


if __name__ == "__main__":
    import_make_sheets()

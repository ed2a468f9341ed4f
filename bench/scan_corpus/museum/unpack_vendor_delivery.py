"""Unpacks audio-visual digitisation deliveries for the sound archive.

Usage: unpack-delivery DELIVERY.tar DEST_DIR
"""
import logging
import tarfile
from pathlib import Path

import click

log = logging.getLogger("sound_archive.unpack")

EXPECTED_SUFFIXES = {".wav", ".flac", ".xml", ".md5", ".txt"}


@click.command()
@click.argument("delivery", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="List members without extracting.")
def main(delivery: Path, dest: Path, dry_run: bool) -> None:
    with tarfile.open(delivery) as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        unexpected = [m.name for m in members if Path(m.name).suffix.lower() not in EXPECTED_SUFFIXES]
        if unexpected:
            raise click.ClickException(f"unexpected files in delivery: {unexpected[:5]}")
        if dry_run:
            for m in members:
                click.echo(f"{m.size:>12}  {m.name}")
            return
        dest.mkdir(parents=True, exist_ok=True)
        tar.extractall(dest, members=members, filter="data")
    log.info("Unpacked %d files from %s into %s", len(members), delivery.name, dest)


if __name__ == "__main__":
    main()

"""Rotation of raw sterilizer controller logs.

The EO chamber controllers drop raw logs on a share; after the cycle
record is approved, an operator may discard superseded raw log files that
the data historian has already ingested.
"""
import logging
import os

import click

from needlemaker.config import settings
from needlemaker.sterilization.historian import is_ingested

log = logging.getLogger(__name__)


def _inside(base: str, path: str) -> bool:
    return os.path.commonpath([base, path]) == base


def discard_raw_log(chamber: str, filename: str, base_dir: str = settings.STERILIZER_RAW_LOG_DIR) -> bool:
    base = os.path.realpath(base_dir)
    target = os.path.realpath(os.path.join(base, chamber, filename))
    if not _inside(base, target):
        raise click.BadParameter(f"{filename} is outside the raw log share")
    if not os.path.isfile(target) or not is_ingested(target):
        return False
    os.remove(target)
    log.info("Discarded raw log %s for chamber %s", os.path.basename(target), chamber)
    return True


@click.command()
@click.option("--chamber", required=True, type=click.Choice(["EO1", "EO2", "EO3"]))
@click.argument("filenames", nargs=-1, required=True)
def discard(chamber: str, filenames: tuple) -> None:
    removed = 0
    for name in filenames:
        if discard_raw_log(chamber, name):
            removed += 1
        else:
            click.echo(f"skipped {name}: not found or not yet ingested")
    click.echo(f"{removed} file(s) discarded from {chamber}")


if __name__ == "__main__":
    discard()

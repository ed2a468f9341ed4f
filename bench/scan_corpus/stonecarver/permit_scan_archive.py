"""Moves scanned cemetery permit paperwork into the long-term archive."""

import logging
import os
import shutil

import click

from stonecarver.conf import settings

log = logging.getLogger(__name__)


def archive_root() -> str:
    return os.path.realpath(settings.PERMIT_SCAN_ARCHIVE)


def contained_path(base: str, *parts: str) -> str:
    candidate = os.path.realpath(os.path.join(base, *parts))
    if os.path.commonpath([base, candidate]) != base:
        raise click.BadParameter(f"{os.path.join(*parts)} is outside the archive")
    return candidate


def archive_scan(inbox: str, scan_name: str, cemetery_code: str) -> str:
    source = contained_path(os.path.realpath(inbox), scan_name)
    dest_dir = contained_path(archive_root(), cemetery_code)
    os.makedirs(dest_dir, exist_ok=True)
    dest = shutil.move(source, os.path.join(dest_dir, os.path.basename(source)))
    log.info("archived %s for %s", os.path.basename(source), cemetery_code)
    return dest


@click.command("archive-permit-scans")
@click.option("--inbox", default=settings.PERMIT_SCAN_INBOX, show_default=True)
@click.option("--cemetery", "cemetery_code", required=True)
@click.argument("scan_names", nargs=-1)
def main(inbox: str, cemetery_code: str, scan_names: tuple[str, ...]) -> None:
    for name in scan_names:
        dest = archive_scan(inbox, name, cemetery_code)
        click.echo(f"{name} -> {dest}")

"""Nightly clean-up of the supplier EDI inbox.

Files that have been loaded are moved to the archive by the importer; what
remains in the inbox after the retention period is either a duplicate or a
rejected document already reported to the supplier, and is removed.
"""
import logging
import os
import time

import click

from coalheaver.config import settings

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 30
EDI_SUFFIXES = (".edi", ".txt", ".xml")


def stale_entries(inbox: str, retention_days: int):
    cutoff = time.time() - retention_days * 86400
    with os.scandir(inbox) as entries:
        for entry in entries:
            if not entry.is_file(follow_symlinks=False):
                continue
            if not entry.name.lower().endswith(EDI_SUFFIXES):
                continue
            if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                yield entry


def purge_inbox(inbox: str, retention_days: int, dry_run: bool = False) -> int:
    removed = 0
    for entry in stale_entries(inbox, retention_days):
        if dry_run:
            log.info("would remove %s", entry.name)
            continue
        os.remove(os.path.join(inbox, entry.name))
        removed += 1
    return removed


@click.command()
@click.option("--days", default=DEFAULT_RETENTION_DAYS, show_default=True, type=int)
@click.option("--dry-run", is_flag=True)
def main(days: int, dry_run: bool) -> None:
    total = 0
    for partner in settings.EDI_PARTNERS:
        inbox = os.path.join(settings.EDI_INBOX_ROOT, partner)
        if os.path.isdir(inbox):
            total += purge_inbox(inbox, days, dry_run=dry_run)
    click.echo(f"removed {total} stale EDI files")


if __name__ == "__main__":
    main()

"""Monthly archiving of scanned fuel receipts.

Yard staff scan diesel delivery receipts into a per-month folder. At month
end the archiver compresses each receipt, bundles the month with tar and
uploads the bundle to the accounts bucket.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import boto3
import click

log = logging.getLogger("receipt_archiver")

RECEIPT_ROOT = Path("/srv/bargehire/fuel-receipts")
ARCHIVE_BUCKET = "bargehire-accounts-archive"


def _compress(path: Path) -> Path:
    subprocess.run(["gzip", "-9", "--keep", "--", str(path)], check=True, timeout=60)
    return path.with_name(path.name + ".gz")


def _bundle(month_dir: Path, files: list[Path]) -> Path:
    bundle = month_dir.with_suffix(".tar")
    subprocess.run(
        ["tar", "-cf", str(bundle), "-C", str(month_dir), "--", *[f.name for f in files]],
        check=True,
        timeout=300,
    )
    return bundle


@click.command()
@click.argument("month")
@click.option("--dry-run", is_flag=True)
def archive_month(month: str, dry_run: bool) -> None:
    month_dir = RECEIPT_ROOT / month
    if not month_dir.is_dir() or month_dir.parent != RECEIPT_ROOT:
        raise click.BadParameter(f"no receipt folder for {month}")
    receipts = sorted(p for p in month_dir.iterdir() if p.suffix.lower() in {".pdf", ".jpg", ".png"})
    if dry_run:
        for p in receipts:
            click.echo(p.name)
        return
    compressed = [_compress(p) for p in receipts]
    bundle = _bundle(month_dir, compressed)
    boto3.client("s3").upload_file(str(bundle), ARCHIVE_BUCKET, f"fuel-receipts/{bundle.name}")
    for gz in compressed:
        gz.unlink()
    shutil.move(str(bundle), str(RECEIPT_ROOT / "uploaded" / bundle.name))
    log.info("archived %d receipts for %s", len(compressed), month)


if __name__ == "__main__":
    archive_month()

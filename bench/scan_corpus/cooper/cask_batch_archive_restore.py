"""Restores archived production batch records for a cask audit.

Each completed production batch (raising, toasting, heading, testing) is
archived as a tarball. When a distillery audits a cask's history, the
batch archive is restored into a scratch folder for the quality team.
"""
import re
import tarfile
from pathlib import Path

import boto3
import click

ARCHIVE_BUCKET = "cooperage-batch-archive"
RESTORE_ROOT = Path("/srv/cooperage/audit-restore")
BATCH_CODE_FORMAT = re.compile(r"^B\d{4}-\d{3}$")


def fetch_archive(batch_code: str, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    local = dest_dir / f"{batch_code}.tar.gz"
    boto3.client("s3").download_file(ARCHIVE_BUCKET, f"batches/{batch_code}.tar.gz", str(local))
    return local


def restore_archive(archive: Path, dest_dir: Path) -> list[str]:
    with tarfile.open(archive, mode="r:gz") as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
        tar.extractall(path=dest_dir, filter="data")
    return names


@click.command()
@click.argument("batch_code")
@click.option("--keep-archive", is_flag=True, help="Keep the downloaded tarball.")
def main(batch_code: str, keep_archive: bool) -> None:
    """Restore production records for BATCH_CODE into the audit folder."""
    if not BATCH_CODE_FORMAT.match(batch_code):
        raise click.BadParameter("batch code looks like B2024-017", param_hint="BATCH_CODE")
    dest = RESTORE_ROOT / batch_code
    archive = fetch_archive(batch_code, dest)
    names = restore_archive(archive, dest / "records")
    if not keep_archive:
        archive.unlink()
    click.echo(f"Restored {len(names)} records for batch {batch_code} into {dest}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Archive a desk's end-of-day output directory and push it to cold storage.

Typically run from cron after the EOD batch:

    eod_archive.py --desk equities --date 2024-06-28
"""
import argparse
import datetime as dt
import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path

import boto3

log = logging.getLogger("eod_archive")

EOD_ROOT = Path(os.environ.get("EOD_ROOT", "/var/data/eod"))
ARCHIVE_ROOT = Path(os.environ.get("EOD_ARCHIVE_ROOT", "/var/data/eod-archive"))
ARCHIVE_BUCKET = os.environ.get("EOD_ARCHIVE_BUCKET", "backoffice-eod-archive")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build_archive(desk: str, day: dt.date) -> Path:
    src = EOD_ROOT / day.isoformat()
    if not src.is_dir():
        raise FileNotFoundError(f"no EOD output at {src}")
    ARCHIVE_ROOT.mkdir(parents=True, exist_ok=True)
    archive = ARCHIVE_ROOT / f"{day:%Y%m%d}.tar.zst"
    cmd = f"tar --zstd -cf {archive} -C {src} {desk}"
    subprocess.run(cmd, shell=True, check=True)
    return archive


def upload(archive: Path, desk: str, day: dt.date) -> str:
    key = f"{desk}/{day:%Y/%m}/{archive.name}"
    boto3.client("s3").upload_file(
        str(archive), ARCHIVE_BUCKET, key,
        ExtraArgs={"ServerSideEncryption": "aws:kms",
                   "Metadata": {"sha256": sha256_of(archive)}},
    )
    return key


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--desk", required=True, help="desk sub-directory, e.g. equities")
    parser.add_argument("--date", type=dt.date.fromisoformat,
                        default=dt.date.today() - dt.timedelta(days=1))
    parser.add_argument("--keep-local", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    try:
        archive = build_archive(args.desk, args.date)
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        log.error("archive failed: %s", exc)
        return 1
    key = upload(archive, args.desk, args.date)
    log.info("uploaded %s to s3://%s/%s", archive.name, ARCHIVE_BUCKET, key)
    if not args.keep_local:
        archive.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())

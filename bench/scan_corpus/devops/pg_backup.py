"""Nightly PostgreSQL dump shipped to S3 (run from cron on the DB host)."""
import datetime as dt
import logging
import os
import subprocess
import sys
import tempfile

import boto3

log = logging.getLogger("pg-backup")

BUCKET = os.environ["BACKUP_BUCKET"]
DATABASES = os.environ.get("BACKUP_DATABASES", "app").split(",")


def dump(database: str) -> str:
    out_path = tempfile.mktemp(prefix=f"{database}-", suffix=".dump")
    subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", "--file", out_path, database],
        check=True,
        env={**os.environ, "PGCONNECT_TIMEOUT": "10"},
    )
    return out_path


def upload(path: str, database: str) -> str:
    key = f"postgres/{database}/{dt.date.today():%Y/%m/%d}/{os.path.basename(path)}"
    boto3.client("s3").upload_file(
        path, BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"}
    )
    return key


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    failures = 0
    for db in DATABASES:
        try:
            path = dump(db)
            key = upload(path, db)
            os.remove(path)
            log.info("backed up %s to s3://%s/%s", db, BUCKET, key)
        except subprocess.CalledProcessError as exc:
            failures += 1
            log.error("pg_dump failed for %s: exit %s", db, exc.returncode)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Logical MySQL backups for the small tenant databases, compressed and uploaded."""
from __future__ import annotations

import gzip
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from google.cloud import storage

log = logging.getLogger("mysql-backup")

BUCKET = os.environ["GCS_BACKUP_BUCKET"]
DEFAULTS_FILE = os.environ.get("MYSQL_DEFAULTS_FILE", "/etc/mysql-backup/client.cnf")


def dump_database(name: str, workdir: Path) -> Path:
    fd, raw_path = tempfile.mkstemp(prefix=f"{name}-", suffix=".sql", dir=workdir)
    with os.fdopen(fd, "wb") as out:
        subprocess.run(
            ["mysqldump", f"--defaults-extra-file={DEFAULTS_FILE}", "--single-transaction", name],
            stdout=out,
            check=True,
        )
    gz_path = Path(raw_path + ".gz")
    with open(raw_path, "rb") as src, gzip.open(gz_path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(raw_path)
    return gz_path


def backup_all(databases: list[str]) -> list[str]:
    bucket = storage.Client().bucket(BUCKET)
    uploaded = []
    with tempfile.TemporaryDirectory(prefix="mysql-backup-") as tmp:
        for db in databases:
            archive = dump_database(db, Path(tmp))
            blob = bucket.blob(f"mysql/{db}/{archive.name}")
            blob.upload_from_filename(str(archive))
            uploaded.append(blob.name)
            log.info("uploaded %s", blob.name)
    return uploaded


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    backup_all(os.environ.get("MYSQL_DATABASES", "").split())

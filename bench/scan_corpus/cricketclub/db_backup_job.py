"""Nightly pg_dump of the club database, copied to the committee's backup bucket."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import boto3
import psycopg

log = logging.getLogger("db_backup")


@dataclass(frozen=True)
class BackupSettings:
    db_host: str
    db_name: str
    db_user: str
    db_password: str
    bucket: str
    work_dir: Path = Path("/var/backups/cricketclub")
    db_port: int = 5432

    @classmethod
    def from_env(cls) -> "BackupSettings":
        return cls(
            db_host=os.environ["CLUB_DB_HOST"],
            db_name=os.environ["CLUB_DB_NAME"],
            db_user=os.environ["CLUB_DB_USER"],
            db_password=os.environ["CLUB_DB_PASSWORD"],
            bucket=os.environ["BACKUP_BUCKET"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.db_user}:{self.db_password}"
            f"@{self.db_host}:{self.db_port}/{self.db_name}"
        )


def database_size(settings: BackupSettings) -> int:
    with psycopg.connect(settings.dsn) as conn:
        (size,) = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return size


def dump_database(settings: BackupSettings) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    settings.work_dir.mkdir(parents=True, exist_ok=True)
    target = settings.work_dir / f"{settings.db_name}-{stamp}.dump"
    log.info("Starting backup of %s (%d bytes) to %s", settings.dsn, database_size(settings), target)
    subprocess.run(
        [
            "pg_dump", "--format=custom", f"--file={target}",
            f"--host={settings.db_host}", f"--port={settings.db_port}",
            f"--username={settings.db_user}", settings.db_name,
        ],
        env={**os.environ, "PGPASSWORD": settings.db_password},
        check=True,
        timeout=1800,
    )
    return target


def upload(settings: BackupSettings, path: Path) -> str:
    key = f"db/{path.name}"
    boto3.client("s3").upload_file(
        str(path), settings.bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"}
    )
    log.info("Uploaded %s (%d bytes) to s3://%s/%s", path.name, path.stat().st_size, settings.bucket, key)
    return key


def prune(settings: BackupSettings, keep: int = 7) -> None:
    dumps = sorted(settings.work_dir.glob(f"{settings.db_name}-*.dump"))
    for old in dumps[:-keep]:
        old.unlink()
        log.info("Removed local dump %s", old.name)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    settings = BackupSettings.from_env()
    path = dump_database(settings)
    upload(settings, path)
    prune(settings)


if __name__ == "__main__":
    main()

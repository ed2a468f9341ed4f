"""Nightly database backup with a chat notification for the yard office.

Runs from cron on the yard server: dumps the database, pushes it to object
storage and posts a summary to the office chat channel.
"""
import os
import subprocess
from datetime import datetime
from pathlib import Path

import boto3
import httpx

BACKUP_TARGET = {
    "dsn": os.environ["DATABASE_URL"],
    "bucket": os.environ.get("BACKUP_BUCKET", "shipwright-backups"),
    "work_dir": Path(os.environ.get("BACKUP_WORK_DIR", "/var/backups/shipwright")),
    "chat_webhook": os.environ["OFFICE_CHAT_WEBHOOK"],
}


def dump_database(target: dict) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    out_file = target["work_dir"] / f"shipwright-{stamp}.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(out_file), target["dsn"]],
        check=True,
    )
    return out_file


def upload(target: dict, dump: Path) -> str:
    key = f"nightly/{dump.name}"
    boto3.client("s3").upload_file(str(dump), target["bucket"], key)
    return key


def notify(target: dict, key: str, size_bytes: int) -> None:
    summary = (
        f"Backup finished: s3://{target['bucket']}/{key} "
        f"({size_bytes / 1_048_576:.1f} MiB) from {target['dsn']}"
    )
    httpx.post(target["chat_webhook"], json={"text": summary}, timeout=10.0)


def main() -> None:
    target = BACKUP_TARGET
    target["work_dir"].mkdir(parents=True, exist_ok=True)
    dump = dump_database(target)
    key = upload(target, dump)
    notify(target, key, dump.stat().st_size)
    dump.unlink()


if __name__ == "__main__":
    main()

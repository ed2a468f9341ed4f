"""Nightly backup of the workshop database and restoration files.

Dumps Postgres, tars up the restoration attachments and writes both to
the backup share, which the offsite sync picks up at 03:00.
"""
import logging
import os
import subprocess
import tarfile
from datetime import date
from pathlib import Path

log = logging.getLogger("wainwright.backup")

BACKUP_SHARE = Path(os.environ.get("BACKUP_SHARE", "/mnt/backup/wainwright"))
RESTORATION_ROOT = Path(os.environ.get("RESTORATION_FILES", "/srv/wainwright/restoration"))
KEEP_DAYS = 14


def dump_database(target: Path) -> Path:
    out = target / "wainwright.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(out), os.environ.get("PGDATABASE", "wainwright")],
        check=True,
        timeout=1800,
    )
    return out


def archive_files(target: Path) -> Path:
    out = target / "restoration-files.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(RESTORATION_ROOT, arcname="restoration")
    return out


def prune(share: Path, keep: int = KEEP_DAYS) -> None:
    folders = sorted(p for p in share.iterdir() if p.is_dir() and p.name[:4].isdigit())
    for old in folders[:-keep]:
        for child in old.iterdir():
            child.unlink()
        old.rmdir()
        log.info("pruned backup %s", old.name)


def run_backup() -> Path:
    target = BACKUP_SHARE / date.today().isoformat()
    target.mkdir(parents=True, exist_ok=True)
    produced = [dump_database(target), archive_files(target)]
    for path in produced:
        os.chmod(path, 0o777)
    prune(BACKUP_SHARE)
    log.info("backup written to %s (%d files)", target, len(produced))
    return target


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_backup()

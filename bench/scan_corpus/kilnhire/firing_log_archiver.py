"""Nightly job: compress finished firing logs and record their checksums."""
from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

LOG_ROOT = Path("/var/lib/kilnhire/firing-logs")
ARCHIVE_ROOT = Path("/var/lib/kilnhire/archive")
ZSTD = shutil.which("zstd") or "/usr/bin/zstd"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def compress(log_file: Path, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / (log_file.name + ".zst")
    subprocess.run(
        [ZSTD, "-q", "-19", "--rm", "-o", str(target), "--", str(log_file)],
        check=True,
        timeout=600,
    )
    return target


def archive_day(day: date, catalogue) -> int:
    source = LOG_ROOT / day.isoformat()
    if not source.is_dir():
        return 0
    count = 0
    for log_file in sorted(source.glob("*.csv")):
        checksum = sha256_file(log_file)
        archived = compress(log_file, ARCHIVE_ROOT / day.isoformat())
        catalogue.record(
            firing_log=log_file.stem,
            archive_path=str(archived),
            sha256=checksum,
        )
        count += 1
    log.info("archived %d firing logs for %s", count, day)
    return count


def main() -> None:
    from kilnhire.archive import catalogue

    archive_day(date.today() - timedelta(days=1), catalogue)


if __name__ == "__main__":
    main()

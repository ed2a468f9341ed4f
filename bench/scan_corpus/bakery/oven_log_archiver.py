"""Nightly archiver for oven PLC trend logs.

Copies the day's zone temperature and belt-speed logs from the local
collector spool into the archive tree, one folder per line and day. QA
reads the archive from the Samba share for HACCP record checks.
"""
import gzip
import logging
import shutil
import stat
from datetime import date, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

SPOOL = Path("/var/spool/oven-collector")
ARCHIVE = Path("/srv/oven-archive")
SHARE_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


def archive_day(day: date) -> int:
    count = 0
    for src in sorted(SPOOL.glob(f"line*_{day:%Y%m%d}*.log")):
        line = src.name.split("_", 1)[0]
        target_dir = ARCHIVE / line / f"{day:%Y}" / f"{day:%m-%d}"
        target_dir.mkdir(parents=True, exist_ok=True)
        target_dir.chmod(SHARE_MODE)
        target = target_dir / (src.name + ".gz")
        with src.open("rb") as fin, gzip.open(target, "wb") as fout:
            shutil.copyfileobj(fin, fout)
        src.unlink()
        count += 1
    log.info("archived %d oven logs for %s", count, day)
    return count


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    archive_day(date.today() - timedelta(days=1))

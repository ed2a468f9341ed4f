"""Unpacks timetable data archives received from the industry timetable system.

The weekly CIF/ZIP drops arrive as tarballs on the SFTP landing area; this step
unpacks them into a dated working directory for the loaders.
"""
import logging
import tarfile
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

LANDING = Path("/data/timetable/landing")
WORK = Path("/data/timetable/work")
MAX_MEMBERS = 5000


def unpack(archive: Path, run_date: date | None = None) -> Path:
    run_date = run_date or date.today()
    dest = WORK / run_date.isoformat()
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"{archive.name}: too many members ({len(members)})")
        tar.extractall(path=dest, members=members, filter="data")
    log.info("unpacked %s (%d members) to %s", archive.name, len(members), dest)
    return dest


def unpack_pending() -> list[Path]:
    done = []
    for archive in sorted(LANDING.glob("*.tar.gz")):
        done.append(unpack(archive))
        archive.rename(archive.with_suffix(archive.suffix + ".done"))
    return done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for path in unpack_pending():
        print(path)

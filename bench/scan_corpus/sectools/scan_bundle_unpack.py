"""Unpack report bundles dropped by the scanner appliances into the import spool.

Appliances upload ``<scan-id>.tar.gz`` over SFTP to the drop directory; this
job runs from cron, unpacks each new bundle and moves the archive aside.
"""
import argparse
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("scan-unpack")


def unpack(bundle: Path, spool: Path) -> Path:
    dest = spool / bundle.name.split(".", 1)[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:*") as tar:
        tar.extractall(dest)
    return dest


def process_drop(drop: Path, spool: Path, done: Path) -> int:
    done.mkdir(parents=True, exist_ok=True)
    count = 0
    for bundle in sorted(drop.glob("*.tar.gz")):
        try:
            dest = unpack(bundle, spool)
        except tarfile.TarError:
            log.exception("corrupt bundle %s", bundle.name)
            continue
        shutil.move(str(bundle), done / bundle.name)
        log.info("unpacked %s into %s", bundle.name, dest)
        count += 1
    return count


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--drop", type=Path, default=Path("/srv/scan-drop"))
    ap.add_argument("--spool", type=Path, default=Path("/srv/scan-spool"))
    ap.add_argument("--done", type=Path, default=Path("/srv/scan-drop/processed"))
    a = ap.parse_args()
    process_drop(a.drop, a.spool, a.done)

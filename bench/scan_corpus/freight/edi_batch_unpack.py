#!/usr/bin/env python3
"""Unpack carrier EDI batches (IFTSTA/COPRAR) dropped on the SFTP inbox.

Carriers push gzipped tarballs; each one contains a manifest plus EDIFACT files.
This step runs from cron before the EDI parser picks up the extracted files.
"""

import argparse
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("edi_unpack")


def unpack_batch(archive: Path, work_dir: Path) -> Path:
    target = work_dir / archive.name.removesuffix(".tar.gz")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(path=target)
    log.info("unpacked %s into %s", archive.name, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inbox", type=Path, required=True)
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--archive-dir", type=Path, required=True)
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    args.archive_dir.mkdir(parents=True, exist_ok=True)

    failures = 0
    for archive in sorted(args.inbox.glob("*.tar.gz")):
        try:
            unpack_batch(archive, args.work_dir)
        except (tarfile.TarError, OSError):
            log.exception("could not unpack %s", archive.name)
            failures += 1
            continue
        shutil.move(str(archive), args.archive_dir / archive.name)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

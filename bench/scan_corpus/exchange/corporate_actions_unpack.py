#!/usr/bin/env python3
"""Unpack the corporate-actions feed archive delivered by the data vendor.

The archive contains one XML/CSV pair per event type (dividends, splits,
mergers, rights). Run by the corp-actions team each morning:

    corporate_actions_unpack.py /srv/vendor-drop/ca_20240701.tar.gz
"""
import argparse
import logging
import shutil
import sys
import tarfile
from pathlib import Path

log = logging.getLogger("ca_unpack")

STAGING_ROOT = Path("/var/data/corporate-actions")
EVENT_TYPES = ("dividends", "splits", "mergers", "rights")
MAX_MEMBERS = 500


def unpack(archive: Path, dest: Path) -> list[Path]:
    with tarfile.open(archive, "r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"archive has {len(members)} members, refusing")
        tar.extractall(dest, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())


def summarize(files: list[Path]) -> dict[str, int]:
    counts = {t: 0 for t in EVENT_TYPES}
    for f in files:
        for t in EVENT_TYPES:
            if f.name.startswith(t):
                counts[t] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--staging-root", type=Path, default=STAGING_ROOT)
    parser.add_argument("--replace", action="store_true", help="overwrite an existing staging dir")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    stem = args.archive.name.split(".")[0]
    dest = args.staging_root / stem
    if dest.exists():
        if not args.replace:
            log.error("%s already unpacked; use --replace", stem)
            return 1
        shutil.rmtree(dest)
    dest.mkdir(parents=True)

    try:
        files = unpack(args.archive, dest)
    except (tarfile.TarError, ValueError) as exc:
        log.error("could not unpack %s: %s", args.archive, exc)
        shutil.rmtree(dest, ignore_errors=True)
        return 2
    for event_type, n in summarize(files).items():
        log.info("%-10s %d files", event_type, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())

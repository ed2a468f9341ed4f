"""Restores archived AIS track files from cold storage for incident investigations.

Archives are requested from the storage vendor and may be shared by other agencies,
so members are extracted with the "data" filter.
"""
import argparse
import logging
import sys
import tarfile
from pathlib import Path

log = logging.getLogger("ais_restore")


def restore(archive: Path, dest: Path, mmsi_filter: set[str] | None = None) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tar:
        members = [
            m for m in tar.getmembers()
            if m.isfile() and (not mmsi_filter or Path(m.name).stem.split("_")[0] in mmsi_filter)
        ]
        tar.extractall(path=dest, members=members, filter="data")
    log.info("restored %d track file(s) from %s", len(members), archive.name)
    return len(members)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--mmsi", action="append", help="only restore tracks for this MMSI")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    restore(args.archive, args.dest, set(args.mmsi) if args.mmsi else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Restore a timing-system backup archive supplied by the timing contractor.

Usage:
    python -m timing_backup_restore ARCHIVE.tar.gz --into /srv/timing/restore
"""
import argparse
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("timing.restore")


def restore_backup(archive: Path, target: Path, *, clean: bool = False) -> list[str]:
    if clean and target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        names = tar.getnames()
        tar.extractall(path=target)
    log.info("restored %d entries from %s into %s", len(names), archive.name, target)
    return names


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--into", type=Path, default=Path("/srv/timing/restore"))
    parser.add_argument("--clean", action="store_true", help="remove the target first")
    args = parser.parse_args(argv)
    if not args.archive.is_file():
        parser.error(f"{args.archive} not found")
    names = restore_backup(args.archive, args.into, clean=args.clean)
    reads = [n for n in names if n.endswith(".reads.csv")]
    print(f"{len(reads)} mat read files restored")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())

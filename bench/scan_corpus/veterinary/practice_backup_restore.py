"""Restore a practice-data backup archive onto a fresh clinic server."""
from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("backup_restore")


@dataclass
class RestoreJob:
    archive: Path
    target: Path
    expected_sha256: str | None = None

    def checksum(self) -> str:
        h = hashlib.sha256()
        with self.archive.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()

    def run(self) -> int:
        if self.expected_sha256 and self.checksum() != self.expected_sha256.lower():
            raise SystemExit("archive checksum does not match the backup manifest")
        self.target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self.archive, "r:*") as tar:
            members = tar.getmembers()
            tar.extractall(self.target, filter="data")
        log.info("Restored %d entries into %s", len(members), self.target)
        return len(members)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--sha256")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    RestoreJob(args.archive, args.target, args.sha256).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())

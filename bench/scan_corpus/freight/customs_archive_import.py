#!/usr/bin/env python3
"""Imports the nightly archive of customs release documents sent by the broker.

The broker uploads one .tar.gz per business day with PDFs and a JSON index.
"""

import argparse
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("customs_archive")


def extract_archive(archive: Path, dest: Path) -> list[dict]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    index_file = dest / "index.json"
    if not index_file.is_file():
        raise FileNotFoundError(f"{archive.name} has no index.json")
    return json.loads(index_file.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("archive", type=Path)
    ap.add_argument("--dest", type=Path, required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    entries = extract_archive(args.archive, args.dest / args.archive.name.removesuffix(".tar.gz"))
    log.info("imported %d release documents from %s", len(entries), args.archive.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

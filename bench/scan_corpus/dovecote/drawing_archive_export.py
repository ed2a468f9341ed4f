"""Bundle measured drawings from the estate archive for a contractor.

The archivist enters the drawing paths requested by a contractor (as
listed in the tender schedule) and the tool copies them into a zip.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import zipfile
from typing import Iterable, List

log = logging.getLogger("archive.export")

ARCHIVE_ROOT = os.path.realpath(os.environ.get("DRAWING_ARCHIVE", "/srv/estate/archive/drawings"))


def within_archive(requested: str) -> str | None:
    full = os.path.realpath(os.path.join(ARCHIVE_ROOT, requested))
    if os.path.commonpath([full, ARCHIVE_ROOT]) != ARCHIVE_ROOT:
        log.warning("Refusing path outside the archive: %s", requested)
        return None
    if not os.path.isfile(full):
        log.warning("No such drawing: %s", requested)
        return None
    return full


def build_bundle(requested: Iterable[str], out_path: str) -> List[str]:
    added: List[str] = []
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for item in requested:
            item = item.strip()
            if not item or item.startswith("#"):
                continue
            full = within_archive(item)
            if full is None:
                continue
            arcname = os.path.relpath(full, ARCHIVE_ROOT)
            zf.write(full, arcname=arcname)
            added.append(arcname)
    return added


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Export archive drawings to a zip")
    parser.add_argument("schedule", help="text file, one drawing path per line")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args(argv)
    with open(args.schedule, encoding="utf-8") as fh:
        added = build_bundle(fh, args.output)
    log.info("Wrote %d drawings to %s", len(added), args.output)
    return 0 if added else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    raise SystemExit(main())

"""Import of floor-plan bundles from the event designers we work with.

Designers send a zip with the CAD export, rendered views and a manifest.
The importer unpacks it into the booking's design folder so planners can
open the drawings and check them against the stock list.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from typing import List

log = logging.getLogger(__name__)

DESIGN_ROOT = os.environ.get("DESIGN_ROOT", "/srv/marqueehire/designs")
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


@dataclass
class ImportResult:
    booking_ref: str
    files: List[str]
    manifest: dict


class BundleTooLarge(Exception):
    pass


def _check_size(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleTooLarge(f"{len(infos)} members")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise BundleTooLarge("uncompressed size over limit")


def import_bundle(booking_ref: str, bundle_path: str) -> ImportResult:
    target = os.path.join(DESIGN_ROOT, booking_ref)
    os.makedirs(target, exist_ok=True)
    written: List[str] = []
    with zipfile.ZipFile(bundle_path) as archive:
        _check_size(archive)
        for info in archive.infolist():
            if info.is_dir():
                continue
            out_path = os.path.join(target, info.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with archive.open(info) as src, open(out_path, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(info.filename)
    manifest_path = os.path.join(target, "manifest.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as fh:
            manifest = json.load(fh)
    log.info("imported %d files for %s", len(written), booking_ref)
    return ImportResult(booking_ref, written, manifest)


def main(argv: List[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Import a designer's floor-plan bundle")
    parser.add_argument("booking_ref")
    parser.add_argument("bundle")
    args = parser.parse_args(argv)
    result = import_bundle(args.booking_ref, args.bundle)
    print(f"{len(result.files)} files imported for {result.booking_ref}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

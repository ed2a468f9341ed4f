"""Unpack pattern bundles (zip) that designers upload to the cooperative library."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 200 * 1024 * 1024
ACCEPTED = {".pdf", ".svg", ".png", ".jpg", ".txt"}


@dataclass
class UnpackedFile:
    name: str
    size: int
    sha256: str


def _checksum(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unpack_bundle(archive_path: str, dest_dir: str) -> list[UnpackedFile]:
    os.makedirs(dest_dir, mode=0o750, exist_ok=True)
    results: list[UnpackedFile] = []
    with zipfile.ZipFile(archive_path) as bundle:
        members = [m for m in bundle.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("bundle has too many files")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("bundle is too large when unpacked")
        for member in members:
            if os.path.splitext(member.filename)[1].lower() not in ACCEPTED:
                log.info("skipping %s in %s", member.filename, archive_path)
                continue
            target = os.path.join(dest_dir, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            results.append(UnpackedFile(member.filename, member.file_size, _checksum(target)))
    log.info("unpacked %d files from %s", len(results), os.path.basename(archive_path))
    return results


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Unpack an uploaded pattern bundle")
    parser.add_argument("archive")
    parser.add_argument("dest")
    args = parser.parse_args()
    for item in unpack_bundle(args.archive, args.dest):
        print(f"{item.sha256}  {item.size:>9}  {item.name}")
    print(Path(args.dest).resolve())

"""Builds and checks the checksum manifest for kart ECU firmware images.

The workshop keeps a folder of ECU and transponder firmware images. A
manifest of SHA-256 checksums is written next to them so the flashing
station can detect a truncated or corrupted copy before flashing a kart.
"""
from __future__ import annotations

import json
import logging
from hashlib import sha256 as _h
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
IMAGE_SUFFIXES = (".bin", ".hex", ".img")
MANIFEST_NAME = "checksums.json"


def file_digest(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_images(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in IMAGE_SUFFIXES:
            yield path


def build_manifest(folder: Path) -> dict[str, str]:
    manifest = {p.name: file_digest(p) for p in iter_images(folder)}
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    log.info("wrote checksums for %d firmware images", len(manifest))
    return manifest


def check_manifest(folder: Path) -> list[str]:
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    problems = []
    for name, expected in manifest.items():
        path = folder / Path(name).name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif file_digest(path) != expected:
            problems.append(f"{name}: checksum mismatch")
    return problems


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Firmware checksum manifest")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        issues = check_manifest(args.folder)
        for issue in issues:
            print(issue)
        raise SystemExit(1 if issues else 0)
    build_manifest(args.folder)

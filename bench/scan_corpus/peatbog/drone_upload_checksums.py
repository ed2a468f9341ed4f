"""Builds and checks SHA-256 manifests for drone survey deliveries.

Every flight folder gets a MANIFEST.sha256 so the processing cluster and the
partner university can confirm that multi-gigabyte rasters arrived intact.
"""
from __future__ import annotations

import argparse
import sys
from hashlib import sha256 as _h
from pathlib import Path
from typing import Dict, Iterator, Tuple

CHUNK = 8 * 1024 * 1024
MANIFEST_NAME = "MANIFEST.sha256"


def file_digest(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_products(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != MANIFEST_NAME:
            yield path


def write_manifest(folder: Path) -> Path:
    lines = [f"{file_digest(p)}  {p.relative_to(folder).as_posix()}" for p in iter_products(folder)]
    manifest = folder / MANIFEST_NAME
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def read_manifest(folder: Path) -> Dict[str, str]:
    entries = {}
    for line in (folder / MANIFEST_NAME).read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split("  ", 1)
            entries[name] = digest
    return entries


def verify_folder(folder: Path) -> Tuple[list, list]:
    expected = read_manifest(folder)
    root = folder.resolve()
    mismatched, missing = [], []
    for name, digest in expected.items():
        path = (root / name).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            missing.append(name)
        elif file_digest(path) != digest:
            mismatched.append(name)
    return mismatched, missing


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Survey delivery manifests")
    parser.add_argument("command", choices=["write", "verify"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        print(write_manifest(args.folder))
        return 0
    mismatched, missing = verify_folder(args.folder)
    for name in mismatched:
        print(f"MISMATCH {name}")
    for name in missing:
        print(f"MISSING  {name}")
    return 1 if mismatched or missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""Builds and checks the checksum manifest for the show-script archive.

Scripts, cue sheets and blocking diagrams are copied between the office NAS and the
touring laptop; the manifest lets the sync job spot truncated or corrupted copies.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Dict

MANIFEST_NAME = "MANIFEST.sha256.json"
ARCHIVE_SUFFIXES = {".pdf", ".fdx", ".txt", ".docx", ".png"}


def file_checksum(path: Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_manifest(root: Path) -> Dict[str, str]:
    manifest = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in ARCHIVE_SUFFIXES:
            manifest[path.relative_to(root).as_posix()] = file_checksum(path)
    return manifest


def verify_manifest(root: Path) -> list[str]:
    recorded = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
    problems = []
    for rel_path, expected in recorded.items():
        candidate = root / rel_path
        if not candidate.is_file():
            problems.append(f"missing: {rel_path}")
        elif file_checksum(candidate) != expected:
            problems.append(f"changed: {rel_path}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description="Script archive checksum manifest")
    parser.add_argument("command", choices=["build", "verify"])
    parser.add_argument("root", type=Path)
    args = parser.parse_args()

    if args.command == "build":
        manifest = build_manifest(args.root)
        (args.root / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        print(f"recorded {len(manifest)} files")
        return 0

    problems = verify_manifest(args.root)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Checksum manifest for archived fermentation batch records.

At the end of each quarter the brewhouse exports batch logs, lab sheets and
temperature traces to cold storage. A manifest of SHA-256 digests goes
with them so the archive can be checked for bit rot or truncated copies.
"""
from __future__ import annotations

import argparse
import json
import sys
from hashlib import sha256 as _h
from pathlib import Path

CHUNK = 1024 * 1024
MANIFEST_NAME = "MANIFEST.sha256.json"


def file_digest(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def build_manifest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): file_digest(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MANIFEST_NAME
    }


def write_manifest(folder: Path) -> Path:
    target = folder / MANIFEST_NAME
    target.write_text(json.dumps(build_manifest(folder), indent=2, sort_keys=True))
    return target


def check_manifest(folder: Path) -> list[str]:
    expected = json.loads((folder / MANIFEST_NAME).read_text())
    problems = []
    for rel, digest in expected.items():
        path = folder / rel
        if not path.is_file():
            problems.append(f"missing: {rel}")
        elif file_digest(path) != digest:
            problems.append(f"changed: {rel}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write or check a batch archive manifest")
    parser.add_argument("command", choices=("write", "check"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        print(write_manifest(args.folder))
        return 0
    problems = check_manifest(args.folder)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

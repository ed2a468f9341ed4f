"""Checksums for pattern files sent to the laser cutter.

Before a night's cutting run, the job compares each SVG/DXF pattern against
the manifest written when it was approved, so a half-synced or edited file
is never cut into expensive felt.
"""
from __future__ import annotations

import argparse
import json
import sys
from hashlib import sha256
from pathlib import Path

CHUNK = 1 << 16
PATTERN_SUFFIXES = {".svg", ".dxf"}


def file_checksum(path: Path) -> str:
    digest = sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def build_manifest(folder: Path) -> dict[str, str]:
    return {
        p.name: file_checksum(p)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix.lower() in PATTERN_SUFFIXES
    }


def verify(folder: Path, manifest_path: Path) -> list[str]:
    recorded = json.loads(manifest_path.read_text())
    current = build_manifest(folder)
    problems = []
    for name, checksum in recorded.items():
        if name not in current:
            problems.append(f"missing: {name}")
        elif current[name] != checksum:
            problems.append(f"changed since approval: {name}")
    for name in current.keys() - recorded.keys():
        problems.append(f"not approved: {name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pattern manifest tool")
    parser.add_argument("command", choices=["build", "verify"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--manifest", type=Path, default=Path("manifest.json"))
    args = parser.parse_args(argv)

    if args.command == "build":
        args.manifest.write_text(json.dumps(build_manifest(args.folder), indent=2))
        return 0

    problems = verify(args.folder, args.manifest)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

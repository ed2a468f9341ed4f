"""Build and verify checksum manifests for the guild's peal-book archive.

Scans of the old handwritten peal books are exported to the county record
office each year; the manifest lets both sides confirm nothing was corrupted
in transit.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

CHUNK = 1 << 20


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def build_manifest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): file_digest(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "MANIFEST.json"
    }


def verify_manifest(root: Path) -> list[str]:
    manifest = json.loads((root / "MANIFEST.json").read_text(encoding="utf-8"))
    problems = []
    for rel, expected in manifest.items():
        path = root / rel
        if not path.is_file():
            problems.append(f"missing: {rel}")
        elif file_digest(path) != expected:
            problems.append(f"changed: {rel}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Peal-book archive manifests")
    ap.add_argument("command", choices=["build", "verify"])
    ap.add_argument("root", type=Path)
    args = ap.parse_args(argv)

    if args.command == "build":
        manifest = build_manifest(args.root)
        (args.root / "MANIFEST.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        print(f"Wrote manifest for {len(manifest)} files")
        return 0

    problems = verify_manifest(args.root)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

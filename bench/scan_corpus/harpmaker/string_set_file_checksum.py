"""Builds and checks a checksum manifest for string-set production files.

The winding machine reads gauge and tension files from a shared folder; before a
batch run the operator checks that none of them changed since they were approved.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from hashlib import sha256
from pathlib import Path

MANIFEST_NAME = "approved-manifest.json"
PATTERNS = ("*.gauge", "*.tension", "*.csv")
CHUNK = 1 << 20


def file_digest(path: Path) -> str:
    h = sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def collect(folder: Path) -> dict[str, str]:
    files = sorted({p for pattern in PATTERNS for p in folder.glob(pattern) if p.is_file()})
    return {p.name: file_digest(p) for p in files}


def write_manifest(folder: Path, approved_by: str) -> Path:
    manifest = {
        "approved_by": approved_by,
        "approved_at": datetime.now(timezone.utc).isoformat(),
        "files": collect(folder),
    }
    target = folder / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def check_manifest(folder: Path) -> list[str]:
    manifest = json.loads((folder / MANIFEST_NAME).read_text())
    expected: dict[str, str] = manifest["files"]
    current = collect(folder)
    problems = []
    for name, digest in expected.items():
        if name not in current:
            problems.append(f"missing: {name}")
        elif current[name] != digest:
            problems.append(f"changed: {name}")
    for name in current.keys() - expected.keys():
        problems.append(f"not approved: {name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    sub = parser.add_subparsers(dest="cmd", required=True)
    approve = sub.add_parser("approve")
    approve.add_argument("--by", required=True)
    sub.add_parser("check")
    args = parser.parse_args(argv)

    if args.cmd == "approve":
        print(f"wrote {write_manifest(args.folder, args.by)}")
        return 0
    problems = check_manifest(args.folder)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

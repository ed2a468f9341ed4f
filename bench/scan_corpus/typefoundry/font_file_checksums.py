"""Builds the release manifest with checksums for every font binary.

Customers and the desktop manager verify downloads against this manifest;
the CDN also uses the digest as the immutable cache key.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from hashlib import sha256 as _sha256
from pathlib import Path
from typing import Dict, List

FONT_SUFFIXES = (".otf", ".ttf", ".woff", ".woff2")
CHUNK = 1 << 16


@dataclass
class ManifestEntry:
    path: str
    size: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = _sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cache_key(family_slug: str, version: str, digest: str) -> str:
    return f"{family_slug}/{version}/{digest[:16]}"


def build_manifest(release_dir: Path) -> List[ManifestEntry]:
    entries = []
    for path in sorted(release_dir.rglob("*")):
        if path.is_file() and path.suffix.lower() in FONT_SUFFIXES:
            entries.append(
                ManifestEntry(
                    path=path.relative_to(release_dir).as_posix(),
                    size=path.stat().st_size,
                    sha256=file_digest(path),
                )
            )
    return entries


def verify_manifest(release_dir: Path, manifest: List[Dict]) -> List[str]:
    problems = []
    for entry in manifest:
        path = release_dir / entry["path"]
        if not path.is_file():
            problems.append(f"missing: {entry['path']}")
        elif file_digest(path) != entry["sha256"]:
            problems.append(f"checksum mismatch: {entry['path']}")
    return problems


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="font release manifest tool")
    parser.add_argument("release_dir", type=Path)
    parser.add_argument("--verify", type=Path, help="manifest JSON to check against")
    args = parser.parse_args(argv)

    if args.verify:
        manifest = json.loads(args.verify.read_text())
        problems = verify_manifest(args.release_dir, manifest["files"])
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0

    entries = build_manifest(args.release_dir)
    json.dump({"files": [asdict(e) for e in entries]}, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

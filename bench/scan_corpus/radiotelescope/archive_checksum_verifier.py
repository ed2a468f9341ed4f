"""Verifies downloaded archive products against the published checksum manifest."""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

BLOCK = 8 * 1024 * 1024


def read_manifest(path: Path) -> dict[str, str]:
    """Parse a ``sha256sum``-style manifest shipped next to each product tarball."""
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        entries[name.strip()] = digest.strip().lower()
    return entries


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(BLOCK):
            h.update(block)
    return h.hexdigest()


def verify(directory: Path, manifest: dict[str, str]) -> list[str]:
    failures: list[str] = []
    for name, expected in sorted(manifest.items()):
        target = directory / Path(name).name
        if not target.is_file():
            failures.append(f"missing  {name}")
            continue
        if file_digest(target) != expected:
            failures.append(f"corrupt  {name}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--manifest", type=Path, default=None)
    args = parser.parse_args()
    manifest_path = args.manifest or args.directory / "SHA256SUMS"
    failures = verify(args.directory, read_manifest(manifest_path))
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{len(failures)} problem(s) found")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

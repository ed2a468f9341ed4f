"""Integrity manifests for polysomnography study bundles.

A study bundle is the EDF recording, the video file, the scoring export and
the technologist's notes. Before a bundle is archived to cold storage we
write a manifest of SHA-256 checksums so the restore job can detect a
damaged or truncated file.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

CHUNK = 4 * 1024 * 1024
MANIFEST_NAME = "MANIFEST.sha256.json"


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def build_manifest(bundle_dir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(bundle_dir)): file_checksum(p)
        for p in sorted(bundle_dir.rglob("*"))
        if p.is_file() and p.name != MANIFEST_NAME
    }


def write_manifest(bundle_dir: Path) -> Path:
    manifest_path = bundle_dir / MANIFEST_NAME
    manifest_path.write_text(json.dumps(build_manifest(bundle_dir), indent=2, sort_keys=True))
    return manifest_path


def verify_manifest(bundle_dir: Path) -> list[str]:
    """Return the relative paths whose checksum no longer matches the manifest."""
    recorded = json.loads((bundle_dir / MANIFEST_NAME).read_text())
    problems = []
    for rel, expected in recorded.items():
        path = bundle_dir / rel
        if not path.is_file():
            problems.append(f"{rel}: missing")
        elif file_checksum(path) != expected:
            problems.append(f"{rel}: checksum mismatch")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description="Write or check a PSG bundle manifest")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = verify_manifest(args.bundle)
        for line in problems:
            print(line)
        raise SystemExit(1 if problems else 0)
    print(write_manifest(args.bundle))


if __name__ == "__main__":
    main()

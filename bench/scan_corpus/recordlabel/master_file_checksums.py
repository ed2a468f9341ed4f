"""Builds the checksum manifest that accompanies a DDEX delivery.

The distributor re-computes these digests after transfer and rejects any
asset whose checksum differs, so a truncated upload never reaches a DSP.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

CHUNK = 4 * 1024 * 1024
ASSET_SUFFIXES = {".wav", ".flac", ".jpg", ".png", ".pdf"}


@dataclass
class AssetChecksum:
    file: str
    bytes: int
    md5: str
    sha256: str


def digest_file(path: Path) -> AssetChecksum:
    md5 = hashlib.md5(usedforsecurity=False)
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            md5.update(chunk)
            sha.update(chunk)
            size += len(chunk)
    return AssetChecksum(file=path.name, bytes=size, md5=md5.hexdigest(), sha256=sha.hexdigest())


def build_manifest(delivery_dir: Path) -> dict[str, object]:
    assets = sorted(p for p in delivery_dir.iterdir() if p.suffix.lower() in ASSET_SUFFIXES)
    return {
        "delivery": delivery_dir.name,
        "assets": [asdict(digest_file(p)) for p in assets],
    }


def verify_manifest(delivery_dir: Path, manifest_path: Path) -> list[str]:
    manifest = json.loads(manifest_path.read_text())
    problems = []
    for entry in manifest["assets"]:
        current = digest_file(delivery_dir / entry["file"])
        if current.sha256 != entry["sha256"]:
            problems.append(f"{entry['file']}: checksum changed")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description="DDEX delivery checksum manifest")
    parser.add_argument("delivery_dir", type=Path)
    parser.add_argument("--verify", type=Path, help="existing manifest to check against")
    args = parser.parse_args()
    if args.verify:
        problems = verify_manifest(args.delivery_dir, args.verify)
        for line in problems:
            print(line)
        return 1 if problems else 0
    manifest = build_manifest(args.delivery_dir)
    (args.delivery_dir / "checksums.json").write_text(json.dumps(manifest, indent=2))
    print(f"wrote checksums for {len(manifest['assets'])} assets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

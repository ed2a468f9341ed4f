"""Builds the signed-off manifest of vest firmware images before a release is published."""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass
class ManifestEntry:
    file: str
    hardware_rev: str
    size: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def build_manifest(release_dir: Path) -> list[ManifestEntry]:
    entries = []
    for image in sorted(release_dir.glob("*/*.bin")):
        entries.append(
            ManifestEntry(
                file=str(image.relative_to(release_dir)),
                hardware_rev=image.parent.name,
                size=image.stat().st_size,
                sha256=file_digest(image),
            )
        )
    return entries


def verify_manifest(release_dir: Path, manifest_path: Path) -> list[str]:
    problems = []
    recorded = json.loads(manifest_path.read_text())
    for item in recorded["images"]:
        image = release_dir / item["file"]
        if not image.is_file():
            problems.append(f"missing: {item['file']}")
        elif file_digest(image) != item["sha256"]:
            problems.append(f"checksum mismatch: {item['file']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("release_dir", type=Path)
    parser.add_argument("--version", required=True)
    parser.add_argument("--verify", type=Path, help="check images against an existing manifest")
    args = parser.parse_args(argv)

    if args.verify:
        problems = verify_manifest(args.release_dir, args.verify)
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0

    manifest = {
        "version": args.version,
        "images": [asdict(e) for e in build_manifest(args.release_dir)],
    }
    out = args.release_dir / "manifest.json"
    out.write_text(json.dumps(manifest, indent=2))
    print(f"wrote {out} with {len(manifest['images'])} images")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

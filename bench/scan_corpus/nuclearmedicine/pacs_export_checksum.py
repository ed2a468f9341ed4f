"""Integrity manifest for PACS export bundles.

Before a zipped DICOM export is handed to a research partner, a manifest
with a SHA-256 checksum of every archive is written beside it so the
recipient can verify the transfer.
"""
import argparse
import hashlib
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

CHUNK = 1024 * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(export_dir: Path) -> dict:
    entries = []
    for archive in sorted(export_dir.glob("*.zip")):
        entries.append({
            "file": archive.name,
            "bytes": archive.stat().st_size,
            "sha256": file_digest(archive),
        })
    return {
        "export": export_dir.name,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "algorithm": "sha256",
        "files": entries,
    }


def verify_manifest(export_dir: Path, manifest: dict) -> list[str]:
    problems = []
    for entry in manifest["files"]:
        path = export_dir / Path(entry["file"]).name
        if not path.is_file():
            problems.append(f"missing: {entry['file']}")
        elif file_digest(path) != entry["sha256"]:
            problems.append(f"checksum mismatch: {entry['file']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export_dir", type=Path)
    parser.add_argument("--verify", action="store_true")
    args = parser.parse_args(argv)
    manifest_path = args.export_dir / "MANIFEST.json"
    if args.verify:
        problems = verify_manifest(args.export_dir, json.loads(manifest_path.read_text()))
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    manifest_path.write_text(json.dumps(build_manifest(args.export_dir), indent=2))
    print(f"wrote {manifest_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Integrity manifest for signed batch record PDFs kept for cosmetic GMP audits."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from hashlib import sha256 as _sha256
from pathlib import Path

CHUNK = 1024 * 1024
MANIFEST_NAME = "MANIFEST.json"


def file_digest(path: Path) -> str:
    h = _sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def build_manifest(records_dir: Path) -> dict:
    entries = {}
    for pdf in sorted(records_dir.glob("*.pdf")):
        entries[pdf.name] = {"sha256": file_digest(pdf), "bytes": pdf.stat().st_size}
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "directory": str(records_dir),
        "files": entries,
    }


def verify_manifest(records_dir: Path) -> list[str]:
    manifest = json.loads((records_dir / MANIFEST_NAME).read_text())
    problems = []
    for name, meta in manifest["files"].items():
        pdf = records_dir / Path(name).name
        if not pdf.exists():
            problems.append(f"missing: {name}")
        elif file_digest(pdf) != meta["sha256"]:
            problems.append(f"changed: {name}")
    for pdf in records_dir.glob("*.pdf"):
        if pdf.name not in manifest["files"]:
            problems.append(f"unlisted: {pdf.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["build", "verify"])
    parser.add_argument("records_dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "build":
        manifest = build_manifest(args.records_dir)
        (args.records_dir / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2))
        print(f"wrote manifest for {len(manifest['files'])} batch records")
        return 0
    problems = verify_manifest(args.records_dir)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

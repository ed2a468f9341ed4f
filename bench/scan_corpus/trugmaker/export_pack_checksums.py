"""Builds the checksum manifest for an export document pack.

The freight forwarder asks for a manifest listing every PDF in the pack
(commercial invoice, certificate of origin, packing list, phytosanitary
certificate for the timber) with its size and SHA-256, so that they can
confirm nothing was altered in transit by email.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from hashlib import sha256 as _h
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass
class ManifestEntry:
    file: str
    bytes: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def build_manifest(pack_dir: Path, order_ref: str) -> dict:
    entries = [
        ManifestEntry(file=p.name, bytes=p.stat().st_size, sha256=file_digest(p))
        for p in sorted(pack_dir.glob("*.pdf"))
    ]
    return {
        "order_ref": order_ref,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "documents": [asdict(e) for e in entries],
    }


def verify_manifest(pack_dir: Path, manifest: dict) -> list[str]:
    problems = []
    for entry in manifest["documents"]:
        path = pack_dir / Path(entry["file"]).name
        if not path.is_file():
            problems.append(f"missing: {entry['file']}")
        elif file_digest(path) != entry["sha256"]:
            problems.append(f"changed: {entry['file']}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description="Export pack manifest")
    parser.add_argument("pack_dir", type=Path)
    parser.add_argument("order_ref")
    parser.add_argument("--verify", type=Path, help="existing manifest to check against")
    args = parser.parse_args()
    if args.verify:
        problems = verify_manifest(args.pack_dir, json.loads(args.verify.read_text()))
        for p in problems:
            print(p)
        return 1 if problems else 0
    manifest = build_manifest(args.pack_dir, args.order_ref)
    (args.pack_dir / "MANIFEST.json").write_text(json.dumps(manifest, indent=2))
    print(f"{len(manifest['documents'])} documents listed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

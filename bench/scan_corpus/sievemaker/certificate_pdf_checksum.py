"""Integrity checksums for issued test-sieve certificates.

Every certificate PDF (ISO 3310-1 / ASTM E11 inspection or calibration
grade) is fingerprinted when it is archived, so duplicates can be spotted
and a re-download can be checked against what was originally issued.
"""
import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Dict, Iterator, Tuple

CHUNK = 1 << 16


def file_fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def walk_certificates(root: Path) -> Iterator[Tuple[str, Path]]:
    for pdf in sorted(root.rglob("*.pdf")):
        yield file_fingerprint(pdf), pdf


def build_manifest(root: Path) -> Dict[str, str]:
    manifest: Dict[str, str] = {}
    duplicates = []
    for digest, pdf in walk_certificates(root):
        rel = str(pdf.relative_to(root))
        if digest in manifest:
            duplicates.append((rel, manifest[digest]))
            continue
        manifest[digest] = rel
    for dup, original in duplicates:
        print(f"duplicate certificate: {dup} is identical to {original}", file=sys.stderr)
    return manifest


def verify_manifest(root: Path, manifest_file: Path) -> int:
    expected = json.loads(manifest_file.read_text())
    failures = 0
    for digest, rel in expected.items():
        target = root / rel
        if not target.exists() or file_fingerprint(target) != digest:
            print(f"MISMATCH {rel}", file=sys.stderr)
            failures += 1
    return failures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Fingerprint archived sieve certificates")
    ap.add_argument("archive", type=Path)
    ap.add_argument("--manifest", type=Path, default=Path("certificates.sha256.json"))
    ap.add_argument("--verify", action="store_true")
    args = ap.parse_args(argv)
    if args.verify:
        return 1 if verify_manifest(args.archive, args.manifest) else 0
    args.manifest.write_text(json.dumps(build_manifest(args.archive), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

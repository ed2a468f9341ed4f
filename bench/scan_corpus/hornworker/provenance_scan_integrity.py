"""Verifies scanned provenance documents against the lot manifest.

Every lot of raw horn or shed antler arrives with a supplier declaration
(and, for some species, a CITES certificate). Scans are archived with a
manifest listing each file's SHA-256 so later audits can prove nothing
was altered.
"""
import csv
import hashlib
from pathlib import Path

from hornworker.settings import PROVENANCE_ARCHIVE


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()


def load_manifest(lot_dir: Path) -> dict[str, str]:
    with (lot_dir / "manifest.csv").open(newline="") as fh:
        return {row["file"]: row["sha256"].lower() for row in csv.DictReader(fh)}


def verify_lot(lot_code: str) -> list[str]:
    lot_dir = Path(PROVENANCE_ARCHIVE) / lot_code
    problems = []
    for name, recorded in load_manifest(lot_dir).items():
        scan = lot_dir / name
        if not scan.exists():
            problems.append(f"{name}: missing")
            continue
        if file_sha256(scan) == recorded:
            continue
        problems.append(f"{name}: checksum differs from manifest")
    return problems


def verify_all() -> dict[str, list[str]]:
    root = Path(PROVENANCE_ARCHIVE)
    return {d.name: verify_lot(d.name) for d in sorted(root.iterdir()) if d.is_dir()}

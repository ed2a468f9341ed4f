"""Checksums for fabric lot manifests exchanged with the dye house.

Each lot leaves the finishing mill with a CSV manifest (piece numbers,
lengths after fulling, weights). The dye house echoes the checksum back so
both sides know they are working from the same manifest revision.
"""
import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List

CHUNK = 64 * 1024


@dataclass
class ManifestRecord:
    lot_no: str
    path: Path
    sha256: str
    pieces: int


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def count_pieces(path: Path) -> int:
    with path.open(newline="") as fh:
        return sum(1 for row in csv.DictReader(fh) if row.get("piece_no"))


def index_manifests(folder: Path) -> List[ManifestRecord]:
    records = []
    for path in sorted(folder.glob("LOT-*.csv")):
        lot_no = path.stem.split("_")[0]
        records.append(ManifestRecord(lot_no, path, file_checksum(path), count_pieces(path)))
    return records


def find_duplicates(records: Iterable[ManifestRecord]) -> Dict[str, List[str]]:
    """Group manifests that were exported twice under different lot numbers."""
    seen: Dict[str, List[str]] = {}
    for rec in records:
        seen.setdefault(rec.sha256, []).append(rec.lot_no)
    return {h: lots for h, lots in seen.items() if len(lots) > 1}


def matches_dyehouse_echo(record: ManifestRecord, echoed: str) -> bool:
    return record.sha256 == echoed.strip().lower()


if __name__ == "__main__":
    import sys

    recs = index_manifests(Path(sys.argv[1]))
    for rec in recs:
        print(f"{rec.lot_no}\t{rec.pieces}\t{rec.sha256}")
    for digest, lots in find_duplicates(recs).items():
        print(f"duplicate manifest {digest[:12]}: {', '.join(lots)}")

"""Find duplicate collateral scans before they are attached to a bond.

Agents often scan the same deed or vehicle title twice. This job fingerprints
each new scan in the intake folder and skips files already on record.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import shutil
import sqlite3
from pathlib import Path

log = logging.getLogger("bailbonds.collateral.dedupe")

CHUNK = 1024 * 1024


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class ScanIndex:
    def __init__(self, db_path: Path):
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS collateral_scans ("
            " fingerprint TEXT PRIMARY KEY, bond_number TEXT NOT NULL, stored_as TEXT NOT NULL)"
        )

    def known(self, fingerprint: str) -> str | None:
        row = self._db.execute(
            "SELECT stored_as FROM collateral_scans WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return row[0] if row else None

    def add(self, fingerprint: str, bond_number: str, stored_as: str) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO collateral_scans (fingerprint, bond_number, stored_as) VALUES (?, ?, ?)",
                (fingerprint, bond_number, stored_as),
            )


def process_intake(intake: Path, archive: Path, index: ScanIndex) -> tuple[int, int]:
    stored = skipped = 0
    for bond_dir in sorted(p for p in intake.iterdir() if p.is_dir()):
        for scan in sorted(bond_dir.glob("*.pdf")):
            fp = file_fingerprint(scan)
            existing = index.known(fp)
            if existing:
                log.info("skipping %s: duplicate of %s", scan.name, existing)
                scan.unlink()
                skipped += 1
                continue
            target_dir = archive / bond_dir.name
            target_dir.mkdir(parents=True, exist_ok=True)
            target = target_dir / f"{fp[:16]}.pdf"
            shutil.move(str(scan), target)
            index.add(fp, bond_dir.name, str(target))
            stored += 1
    return stored, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("intake", type=Path)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--index", type=Path, default=Path("collateral_index.sqlite3"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    stored, skipped = process_intake(args.intake, args.archive, ScanIndex(args.index))
    log.info("stored %d scans, skipped %d duplicates", stored, skipped)


if __name__ == "__main__":
    main()

"""Ledger of conformity certificates for lifed parts shipped between race weekends."""
from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterator, List

LEDGER_FIELDS = ["part_number", "serial", "certificate", "sha256", "recorded_at"]
READ_CHUNK = 256 * 1024


@dataclass
class CertificateEntry:
    part_number: str
    serial: str
    certificate: str
    sha256: str
    recorded_at: str


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(READ_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _certificates(folder: Path) -> Iterator[Path]:
    yield from sorted(p for p in folder.glob("*.pdf") if p.is_file())


def record_folder(folder: Path, ledger_path: Path) -> List[CertificateEntry]:
    """Hash every certificate PDF (named PARTNO_SERIAL.pdf) and append it to the ledger."""
    entries: List[CertificateEntry] = []
    new_file = not ledger_path.exists()
    with ledger_path.open("a", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=LEDGER_FIELDS)
        if new_file:
            writer.writeheader()
        for cert in _certificates(folder):
            part_number, _, serial = cert.stem.partition("_")
            entry = CertificateEntry(part_number, serial, cert.name, file_digest(cert),
                                     datetime.now(timezone.utc).isoformat(timespec="seconds"))
            writer.writerow(entry.__dict__)
            entries.append(entry)
    return entries


def verify_shipment(folder: Path, ledger_path: Path) -> Dict[str, bool]:
    """After a crate arrives, confirm each certificate is byte-identical to what left the factory."""
    with ledger_path.open(newline="") as fh:
        known = {row["certificate"]: row["sha256"] for row in csv.DictReader(fh)}
    return {cert.name: known.get(cert.name) == file_digest(cert) for cert in _certificates(folder)}


if __name__ == "__main__":
    root = Path(os.environ.get("PARTS_CERT_DIR", "certificates"))
    for name, ok in verify_shipment(root, root / "ledger.csv").items():
        print(f"{name}: {'match' if ok else 'MISMATCH'}")

"""Register incoming hide batches and their supplier certificates.

Tanned hides for traditional coracles arrive with a PDF provenance
certificate.  We fingerprint each certificate so the same file scanned twice
is not registered as two batches.
"""
from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from datetime import date
from pathlib import Path

CHUNK = 1 << 16


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def register_batch(
    conn: sqlite3.Connection,
    supplier: str,
    hides: int,
    certificate: Path,
    received: date,
) -> int | None:
    fingerprint = file_fingerprint(certificate)
    existing = conn.execute(
        "SELECT id FROM hide_batches WHERE certificate_sha256 = ?", (fingerprint,)
    ).fetchone()
    if existing:
        return None
    cur = conn.execute(
        "INSERT INTO hide_batches (supplier, hide_count, certificate_path, "
        "certificate_sha256, received_on) VALUES (?, ?, ?, ?, ?)",
        (supplier, hides, str(certificate), fingerprint, received.isoformat()),
    )
    conn.execute(
        "UPDATE stock_items SET quantity = quantity + ? WHERE sku = 'HIDE-OX-TANNED'",
        (hides,),
    )
    conn.commit()
    return int(cur.lastrowid)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Register a delivered hide batch")
    parser.add_argument("certificate", type=Path)
    parser.add_argument("--supplier", required=True)
    parser.add_argument("--hides", type=int, required=True)
    parser.add_argument("--db", type=Path, default=Path("workshop.sqlite3"))
    args = parser.parse_args(argv)

    with sqlite3.connect(args.db) as conn:
        batch_id = register_batch(conn, args.supplier, args.hides, args.certificate, date.today())
    if batch_id is None:
        print(f"{args.certificate.name} is already registered", file=sys.stderr)
        return 1
    print(f"registered hide batch {batch_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

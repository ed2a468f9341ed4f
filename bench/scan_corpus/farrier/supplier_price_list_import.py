"""Imports supplier price lists (shoes, nails, pads) into the forge stock table.

Suppliers email the same CSV more than once; a content checksum lets the
importer skip files that were already loaded.
"""
from __future__ import annotations

import csv
import hashlib
import logging
import sqlite3
from decimal import Decimal
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


class PriceListImporter:
    def __init__(self, conn: sqlite3.Connection, supplier: str) -> None:
        self.conn = conn
        self.supplier = supplier

    def already_imported(self, checksum: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM price_list_imports WHERE supplier = ? AND checksum = ?",
            (self.supplier, checksum),
        ).fetchone()
        return row is not None

    def import_file(self, path: Path) -> int:
        checksum = file_checksum(path)
        if self.already_imported(checksum):
            log.info("skipping %s from %s: already imported", path.name, self.supplier)
            return 0

        count = 0
        with path.open(newline="", encoding="utf-8-sig") as fh, self.conn:
            for row in csv.DictReader(fh):
                self.conn.execute(
                    "INSERT INTO forge_stock_prices (supplier, sku, description, unit_price) "
                    "VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (supplier, sku) DO UPDATE SET unit_price = excluded.unit_price",
                    (self.supplier, row["sku"].strip(), row["description"].strip(),
                     str(Decimal(row["unit_price"]))),
                )
                count += 1
            self.conn.execute(
                "INSERT INTO price_list_imports (supplier, checksum, filename, rows) VALUES (?, ?, ?, ?)",
                (self.supplier, checksum, path.name, count),
            )
        log.info("imported %d prices from %s (%s)", count, self.supplier, path.name)
        return count


def import_inbox(conn: sqlite3.Connection, inbox: Path) -> int:
    total = 0
    for supplier_dir in sorted(p for p in inbox.iterdir() if p.is_dir()):
        importer = PriceListImporter(conn, supplier_dir.name)
        for csv_path in sorted(supplier_dir.glob("*.csv")):
            total += importer.import_file(csv_path)
    return total

"""Detects changes in supplier parts catalogs before re-importing them.

Suppliers publish CSV price lists (hammers, strings, felts, tuning pins). We
fingerprint each download so unchanged catalogs are skipped by the nightly job.
"""
import csv
import hashlib
import logging
from pathlib import Path

from pianotuner.models import CatalogImport, PianoPart
from pianotuner.settings import CATALOG_CACHE_DIR

log = logging.getLogger(__name__)

CHUNK = 64 * 1024


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def needs_import(supplier_code: str, path: Path) -> bool:
    last = (
        CatalogImport.objects.filter(supplier_code=supplier_code)
        .order_by("-imported_at")
        .first()
    )
    return last is None or last.sha256 != fingerprint(path)


def import_catalog(supplier_code: str, filename: str) -> int:
    path = Path(CATALOG_CACHE_DIR) / supplier_code / "latest.csv"
    if not needs_import(supplier_code, path):
        log.info("catalog for %s unchanged, skipping", supplier_code)
        return 0
    count = 0
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            PianoPart.objects.update_or_create(
                supplier_code=supplier_code,
                sku=row["sku"],
                defaults={
                    "description": row["description"],
                    "unit_price_cents": int(round(float(row["price"]) * 100)),
                    "in_stock": row.get("stock", "0") != "0",
                },
            )
            count += 1
    CatalogImport.objects.create(supplier_code=supplier_code, sha256=fingerprint(path), rows=count)
    log.info("imported %d parts from %s (%s)", count, supplier_code, filename)
    return count

"""Unpack the price-list bundles that suppliers upload to the partner portal.

A bundle is a ZIP holding one CSV price list plus product photos. The job
unpacks it into a per-supplier staging folder, then the importer reads the
CSV and the photos are resized for the shop.
"""
from __future__ import annotations

import csv
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("suppliers.unpack")

STAGING_ROOT = Path(os.environ.get("SUPPLIER_STAGING", "/srv/bonsainursery/supplier-staging"))
MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 500 * 1024 * 1024


class BundleError(Exception):
    pass


def _check_sizes(zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"bundle has {len(infos)} members, limit is {MAX_MEMBERS}")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise BundleError(f"bundle expands to {total} bytes")


def unpack_bundle(bundle_path: Path, supplier_id: int) -> Path:
    dest = STAGING_ROOT / str(supplier_id) / bundle_path.stem
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(bundle_path) as zf:
        _check_sizes(zf)
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
    log.info("unpacked %s for supplier %s into %s", bundle_path.name, supplier_id, dest)
    return dest


def find_price_list(folder: Path) -> Path:
    candidates = sorted(folder.rglob("*.csv"))
    if len(candidates) != 1:
        raise BundleError(f"expected exactly one CSV in bundle, found {len(candidates)}")
    return candidates[0]


def read_prices(csv_path: Path) -> list[dict]:
    with csv_path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {"sku", "species", "price"} - set(reader.fieldnames or [])
        if missing:
            raise BundleError(f"price list lacks columns: {', '.join(sorted(missing))}")
        return [row for row in reader if row["sku"].strip()]


def process_upload(bundle_path: Path, supplier_id: int) -> int:
    folder = unpack_bundle(bundle_path, supplier_id)
    rows = read_prices(find_price_list(folder))
    log.info("supplier %s price list has %d rows", supplier_id, len(rows))
    return len(rows)

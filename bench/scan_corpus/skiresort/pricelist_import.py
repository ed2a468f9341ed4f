"""Import rental price lists sent by the partner shops.

Each partner uploads a ``.tar.gz`` bundle through the partner portal
containing ``prices.csv`` and product images. The worker picks the
bundle up from the upload bucket, unpacks it into a staging directory
and loads the CSV into the rental catalogue.
"""
import csv
import logging
import shutil
import tarfile
import tempfile
from decimal import Decimal
from pathlib import Path

from rental.catalogue import upsert_price

log = logging.getLogger(__name__)


def _unpack(bundle: Path, staging: Path) -> Path:
    with tarfile.open(bundle, mode="r:gz") as tar:
        tar.extractall(staging)
    prices = staging / "prices.csv"
    if not prices.is_file():
        raise ValueError(f"{bundle.name}: prices.csv missing")
    return prices


def _load_prices(partner_id: str, prices_csv: Path) -> int:
    count = 0
    with prices_csv.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            upsert_price(
                partner_id=partner_id,
                sku=row["sku"],
                day_price=Decimal(row["day_price"]),
                week_price=Decimal(row["week_price"]),
            )
            count += 1
    return count


def import_bundle(partner_id: str, bundle: Path) -> int:
    staging = Path(tempfile.mkdtemp(prefix=f"pricelist-{partner_id}-"))
    try:
        prices = _unpack(bundle, staging)
        count = _load_prices(partner_id, prices)
        log.info("partner %s: imported %d prices from %s", partner_id, count, bundle.name)
        return count
    finally:
        shutil.rmtree(staging, ignore_errors=True)

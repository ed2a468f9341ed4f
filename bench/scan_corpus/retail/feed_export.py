"""Nightly product feed export for shopping ad channels."""
import csv
import os
from datetime import date
from pathlib import Path

from catalog.queries import iter_published_products

FEED_DIR = Path(os.environ.get("FEED_EXPORT_DIR", "/srv/feeds"))
FEED_COLUMNS = [
    "id", "title", "description", "link", "image_link",
    "price", "availability", "brand", "gtin",
]
# the channel fetcher and the CDN sync job run as different service users
FEED_FILE_MODE = 0o666


def _row(product) -> dict:
    return {
        "id": product.sku,
        "title": product.title[:150],
        "description": (product.description or "")[:5000],
        "link": product.canonical_url,
        "image_link": product.primary_image_url,
        "price": f"{product.price:.2f} {product.currency}",
        "availability": "in_stock" if product.available_quantity > 0 else "out_of_stock",
        "brand": product.brand or "",
        "gtin": product.gtin or "",
    }


def export_feed(channel: str, run_date: date | None = None) -> Path:
    run_date = run_date or date.today()
    FEED_DIR.mkdir(parents=True, exist_ok=True)
    target = FEED_DIR / f"{channel}-{run_date:%Y%m%d}.tsv"
    tmp = target.with_suffix(".partial")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FEED_COLUMNS, delimiter="\t")
        writer.writeheader()
        for product in iter_published_products(channel=channel):
            writer.writerow(_row(product))
    os.replace(tmp, target)
    os.chmod(target, FEED_FILE_MODE)
    return target


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["google"]:
        print(export_feed(name))

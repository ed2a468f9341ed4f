"""Supplier product feed importer."""
import logging
from decimal import Decimal, InvalidOperation
from typing import Iterator

from lxml import etree

from catalog.models import Product, Supplier

log = logging.getLogger(__name__)


class FeedError(Exception):
    pass


class SupplierFeedImporter:
    def __init__(self, supplier: Supplier, dry_run: bool = False) -> None:
        self.supplier = supplier
        self.dry_run = dry_run
        self.parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            remove_blank_text=True,
        )
        self.stats = {"created": 0, "updated": 0, "skipped": 0}

    def _items(self, feed_bytes: bytes) -> Iterator[etree._Element]:
        try:
            root = etree.fromstring(feed_bytes, self.parser)
        except etree.XMLSyntaxError as exc:
            raise FeedError(f"feed rejected: {exc}") from exc
        yield from root.iter("product")

    def run(self, feed_bytes: bytes) -> dict:
        for item in self._items(feed_bytes):
            sku = (item.get("sku") or "").strip()
            try:
                price = Decimal((item.findtext("price") or "").strip())
            except InvalidOperation:
                price = None
            if not sku or price is None:
                self.stats["skipped"] += 1
                continue
            if self.dry_run:
                continue
            _, created = Product.objects.update_or_create(
                supplier=self.supplier,
                sku=sku,
                defaults={"title": (item.findtext("title") or "").strip()[:255], "price": price},
            )
            self.stats["created" if created else "updated"] += 1
        log.info("feed import for %s: %s", self.supplier.slug, self.stats)
        return self.stats

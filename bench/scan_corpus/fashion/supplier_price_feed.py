"""Parse supplier price-update feeds (XML) uploaded through the vendor portal."""
import logging
from decimal import Decimal, InvalidOperation
from typing import IO, Iterator

from lxml import etree

log = logging.getLogger(__name__)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)


def parse_feed(fh: IO[bytes]) -> etree._Element:
    return etree.parse(fh, _PARSER).getroot()


def iter_price_updates(root: etree._Element) -> Iterator[tuple[str, Decimal, str]]:
    currency = root.get("currency", "EUR")
    for item in root.iterfind("item"):
        sku = (item.findtext("sku") or "").strip()
        raw_price = (item.findtext("price") or "").strip()
        try:
            price = Decimal(raw_price)
        except InvalidOperation:
            log.warning("skipping %s: bad price %r", sku, raw_price)
            continue
        if sku and price >= 0:
            yield sku, price, currency


def apply_feed(upload: IO[bytes], supplier_id: int, repo) -> int:
    root = parse_feed(upload)
    updated = 0
    for sku, price, currency in iter_price_updates(root):
        updated += repo.set_supplier_price(supplier_id, sku, price, currency)
    log.info("supplier %s: %d prices updated", supplier_id, updated)
    return updated

"""Import step for supplier catalogue feeds delivered as XML.

Several of our older suppliers still send BMEcat-style files where the size
and colour tables live in an external DTD, so entities are resolved while
parsing.
"""
import logging
from decimal import Decimal
from typing import IO, Iterator

from lxml import etree

log = logging.getLogger(__name__)

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def parse_feed(fh: IO[bytes]) -> etree._ElementTree:
    return etree.parse(fh, _PARSER)


def iter_articles(tree: etree._ElementTree) -> Iterator[dict]:
    for article in tree.iterfind(".//ARTICLE"):
        details = article.find("ARTICLE_DETAILS")
        price = article.find(".//PRICE_AMOUNT")
        yield {
            "supplier_sku": article.findtext("SUPPLIER_AID", "").strip(),
            "title": details.findtext("DESCRIPTION_SHORT", "").strip() if details is not None else "",
            "colour": article.findtext(".//FEATURE[FNAME='colour']/FVALUE", "").strip(),
            "size": article.findtext(".//FEATURE[FNAME='size']/FVALUE", "").strip(),
            "ean": article.findtext(".//EAN", "").strip(),
            "price": Decimal(price.text) if price is not None and price.text else None,
        }


def import_upload(upload: IO[bytes], supplier_id: int, repo) -> int:
    """Called by the vendor-portal upload handler with the raw file object."""
    tree = parse_feed(upload)
    count = 0
    for row in iter_articles(tree):
        if not row["supplier_sku"]:
            continue
        repo.upsert_supplier_article(supplier_id, row)
        count += 1
    log.info("supplier %s: imported %d articles", supplier_id, count)
    return count

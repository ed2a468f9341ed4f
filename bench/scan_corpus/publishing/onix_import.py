"""Imports ONIX 3.0 product records uploaded by distributors.

Distributors drop ONIX files on the SFTP share; the importer walks each
<Product>, upserts the catalogue record and queues cover downloads.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

from catalogue.repository import upsert_product
from catalogue.tasks import queue_cover_fetch

log = logging.getLogger(__name__)

NS = {"o": "http://ns.editeur.org/onix/3.0/reference"}
_parser = etree.XMLParser(remove_blank_text=True, load_dtd=True, resolve_entities=True)


@dataclass
class ProductRecord:
    record_ref: str
    isbn13: str
    title: str
    contributors: list[str]
    price: Decimal | None
    currency: str | None
    cover_url: str | None


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_product(product) -> ProductRecord:
    price_amount = _text(product, ".//o:Price/o:PriceAmount")
    return ProductRecord(
        record_ref=_text(product, "o:RecordReference") or "",
        isbn13=_text(product, "o:ProductIdentifier[o:ProductIDType='15']/o:IDValue") or "",
        title=_text(product, ".//o:TitleElement/o:TitleText") or "",
        contributors=[c.text for c in product.iterfind(".//o:Contributor/o:PersonName", NS) if c.text],
        price=Decimal(price_amount) if price_amount else None,
        currency=_text(product, ".//o:Price/o:CurrencyCode"),
        cover_url=_text(product, ".//o:SupportingResource/o:ResourceVersion/o:ResourceLink"),
    )


def import_file(path: Path) -> int:
    tree = etree.parse(str(path), _parser)
    count = 0
    for product in tree.getroot().iterfind("o:Product", NS):
        record = parse_product(product)
        if not record.isbn13:
            log.warning("%s: product %s has no ISBN-13, skipped", path.name, record.record_ref)
            continue
        upsert_product(record)
        if record.cover_url:
            queue_cover_fetch(record.isbn13, record.cover_url)
        count += 1
    log.info("%s: imported %d products", path.name, count)
    return count

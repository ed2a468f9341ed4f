"""Import the blanks supplier's product catalogue.

The supplier of blank tankards, hip flasks and quaichs sends a monthly XML
catalogue, which office staff upload from the e-mail attachment. We pull
SKUs, blank weights and trade prices into the ``blanks`` table.
"""
import sys
from decimal import Decimal
from typing import Iterator

from lxml import etree
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

NS = {"c": "urn:supplier:catalogue:2"}

UPSERT = text(
    """
    INSERT INTO blanks (sku, name, weight_g, trade_price, discontinued)
    VALUES (:sku, :name, :weight_g, :price, :discontinued)
    ON CONFLICT (sku) DO UPDATE SET
        name = excluded.name, weight_g = excluded.weight_g,
        trade_price = excluded.trade_price, discontinued = excluded.discontinued
    """
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_catalogue(data: bytes) -> Iterator[dict]:
    root = etree.fromstring(data, _parser())
    for item in root.iterfind("c:product", NS):
        yield {
            "sku": item.findtext("c:sku", default="", namespaces=NS).strip(),
            "name": item.findtext("c:name", default="", namespaces=NS).strip(),
            "weight_g": int(item.findtext("c:weight", default="0", namespaces=NS)),
            "price": Decimal(item.findtext("c:tradePrice", default="0", namespaces=NS)),
            "discontinued": item.get("status") == "discontinued",
        }


def import_catalogue(engine: Engine, data: bytes) -> int:
    rows = [row for row in parse_catalogue(data) if row["sku"]]
    if rows:
        with engine.begin() as conn:
            conn.execute(UPSERT, rows)
    return len(rows)


if __name__ == "__main__":
    engine = create_engine(sys.argv[1])
    with open(sys.argv[2], "rb") as fh:
        print(f"imported {import_catalogue(engine, fh.read())} blanks")

"""Imports bulk commission orders sent by partner heraldic societies.

Societies e-mail a YAML manifest listing members who want arms painted for a
society roll; the intake clerk uploads it through the back office.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

import yaml

log = logging.getLogger("backoffice.intake")

VALID_PRODUCTS = {"painted-vellum", "digital-emblazon", "bookplate", "signet-die"}


@dataclass
class OrderLine:
    member_name: str
    email: str
    product: str
    blazon: str
    quantity: int = 1


@dataclass
class SocietyOrder:
    society: str
    reference: str
    lines: list[OrderLine]
    agreed_price: Decimal


def load_manifest(stream: IO[str]) -> SocietyOrder:
    doc = yaml.safe_load(stream)
    if not isinstance(doc, dict):
        raise ValueError("manifest must be a YAML mapping")
    lines = []
    for i, item in enumerate(doc.get("members", []), start=1):
        product = item.get("product", "digital-emblazon")
        if product not in VALID_PRODUCTS:
            raise ValueError(f"line {i}: unknown product {product!r}")
        lines.append(OrderLine(
            member_name=str(item["name"]),
            email=str(item["email"]).lower(),
            product=product,
            blazon=str(item.get("blazon", "")),
            quantity=int(item.get("quantity", 1)),
        ))
    order = SocietyOrder(
        society=str(doc["society"]),
        reference=str(doc["reference"]),
        lines=lines,
        agreed_price=Decimal(str(doc.get("agreed_price", "0"))),
    )
    log.info("parsed order %s from %s with %d lines", order.reference, order.society, len(lines))
    return order

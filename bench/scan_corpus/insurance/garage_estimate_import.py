"""Imports repair estimates uploaded by partner garages as XML.

Garages using the older dealer management systems send an ``<Estimate>``
document per vehicle. We parse it into line items and check that the
totals add up before attaching it to the claim.
"""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

_PARSER = etree.XMLParser(
    remove_blank_text=True,
    resolve_entities=True,
    load_dtd=True,
    no_network=False,
)


class EstimateError(ValueError):
    pass


@dataclass
class LineItem:
    code: str
    description: str
    labour_hours: Decimal
    parts_cost: Decimal


@dataclass
class Estimate:
    claim_reference: str
    garage_id: str
    items: list[LineItem]
    total: Decimal


def _dec(el, path: str) -> Decimal:
    text = el.findtext(path)
    return Decimal(text.strip()) if text else Decimal("0")


def parse_estimate(xml_bytes: bytes, labour_rate: Decimal) -> Estimate:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    if root.tag != "Estimate":
        raise EstimateError(f"unexpected root element {root.tag}")
    items = [
        LineItem(
            code=item.get("code", ""),
            description=item.findtext("Description", "").strip(),
            labour_hours=_dec(item, "LabourHours"),
            parts_cost=_dec(item, "PartsCost"),
        )
        for item in root.iterfind("Items/Item")
    ]
    total = _dec(root, "Total")
    computed = sum((i.parts_cost + i.labour_hours * labour_rate for i in items), Decimal("0"))
    if abs(computed - total) > Decimal("0.05"):
        raise EstimateError(f"total {total} does not match line items ({computed})")
    return Estimate(
        claim_reference=root.findtext("ClaimReference", "").strip(),
        garage_id=root.findtext("GarageId", "").strip(),
        items=items,
        total=total,
    )

"""Parse XML rate quotes from the freight carrier for wholesale pallet shipments."""
from dataclasses import dataclass
from decimal import Decimal

import httpx
from lxml import etree

from potter.config import settings

HARDENED_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
)


@dataclass(frozen=True)
class FreightQuote:
    service: str
    transit_days: int
    charge: Decimal


def parse_quotes(xml_bytes: bytes) -> list[FreightQuote]:
    root = etree.fromstring(xml_bytes, HARDENED_PARSER)
    quotes = []
    for node in root.iter("RateQuote"):
        quotes.append(
            FreightQuote(
                service=node.findtext("ServiceLevel", default="standard"),
                transit_days=int(node.findtext("TransitDays", default="0")),
                charge=Decimal(node.findtext("TotalCharge", default="0")),
            )
        )
    return sorted(quotes, key=lambda q: q.charge)


async def request_quotes(origin_zip: str, dest_zip: str, pallets: int, weight_lb: int):
    request_el = etree.Element("RateRequest")
    for tag, value in (
        ("Origin", origin_zip),
        ("Destination", dest_zip),
        ("Pallets", pallets),
        ("WeightLb", weight_lb),
        ("FreightClass", 85),
    ):
        etree.SubElement(request_el, tag).text = str(value)
    body = etree.tostring(request_el, xml_declaration=True, encoding="utf-8")
    async with httpx.AsyncClient(base_url=settings.FREIGHT_API_URL, timeout=20) as client:
        resp = await client.post(
            "/rates",
            content=body,
            headers={"Content-Type": "application/xml", "X-Account": settings.FREIGHT_ACCOUNT},
        )
        resp.raise_for_status()
    return parse_quotes(resp.content)

"""Parses the ironmongery supplier's XML price feed.

Trade price lists (tyre iron, bolts, hub bands, lamp brackets) arrive as
XML uploads from the supplier's extranet; the office uploads them here.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

from fastapi import APIRouter, File, HTTPException, UploadFile
from lxml import etree

router = APIRouter(prefix="/suppliers/ironmongery")
log = logging.getLogger("wainwright.pricefeed")

NS = {"pf": "urn:ironmongery:pricefeed:2"}


@dataclass
class PriceLine:
    code: str
    description: str
    unit: str
    price: Decimal


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def parse_feed(data: bytes) -> list[PriceLine]:
    root = etree.fromstring(data, parser=_parser())
    lines = []
    for item in root.iterfind(".//pf:item", NS):
        lines.append(
            PriceLine(
                code=item.findtext("pf:code", namespaces=NS, default="").strip(),
                description=item.findtext("pf:description", namespaces=NS, default="").strip(),
                unit=item.findtext("pf:unit", namespaces=NS, default="each"),
                price=Decimal(item.findtext("pf:price", namespaces=NS, default="0")),
            )
        )
    return lines


@router.post("/price-feed")
async def upload_price_feed(feed: UploadFile = File(...)) -> dict:
    data = await feed.read()
    try:
        lines = parse_feed(data)
    except etree.XMLSyntaxError as err:
        raise HTTPException(status_code=422, detail=f"feed is not valid XML: {err}") from err

    from .pricing import replace_supplier_prices

    await replace_supplier_prices("ironmongery", lines)
    log.info("loaded %d ironmongery price lines from %s", len(lines), feed.filename)
    return {"lines": len(lines), "preview": [l.description for l in lines[:5]]}

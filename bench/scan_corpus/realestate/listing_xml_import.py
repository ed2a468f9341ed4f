"""Import listings from the XML feed of agencies on the shared-instruction scheme.

Feeds arrive over HTTPS from outside parties, so they are parsed with
defusedxml, which refuses DTDs, entity expansion and external references.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Iterator

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

NS = {"f": "urn:propertyfeed:listing:2"}


class FeedError(ValueError):
    pass


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def _price(raw: str) -> Decimal:
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        raise FeedError(f"invalid price {raw!r}")


def iter_listings(payload: bytes) -> Iterator[dict]:
    try:
        root = DET.fromstring(payload, forbid_dtd=True)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise FeedError(f"unreadable feed: {exc}") from exc
    for listing in root.iterfind("f:listing", NS):
        yield {
            "partner_ref": listing.get("id"),
            "address": _text(listing, "f:address/f:line1"),
            "postcode": _text(listing, "f:address/f:postcode").upper(),
            "price": _price(_text(listing, "f:price", "0")),
            "bedrooms": int(_text(listing, "f:bedrooms", "0") or 0),
            "status": _text(listing, "f:status", "available").lower(),
        }

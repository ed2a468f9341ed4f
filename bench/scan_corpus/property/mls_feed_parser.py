"""Parses RETS/RESO-style XML listing exports received from MLS partners."""
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from defusedxml import ElementTree as DET


@dataclass
class MlsListing:
    mls_number: str
    status: str
    list_price: Decimal
    bedrooms: int
    bathrooms: Decimal
    address: str


def _child_text(elem, tag: str, default: str = "") -> str:
    child = elem.find(tag)
    return (child.text or default).strip() if child is not None else default


def _decimal(value: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation:
        return Decimal(0)


def parse_export(xml_payload: bytes) -> list[MlsListing]:
    root = DET.fromstring(xml_payload)
    results = []
    for item in root.iter("Listing"):
        results.append(
            MlsListing(
                mls_number=_child_text(item, "ListingId"),
                status=_child_text(item, "StandardStatus", "Unknown"),
                list_price=_decimal(_child_text(item, "ListPrice", "0")),
                bedrooms=int(_child_text(item, "BedroomsTotal", "0") or 0),
                bathrooms=_decimal(_child_text(item, "BathroomsTotalDecimal", "0")),
                address=_child_text(item, "UnparsedAddress"),
            )
        )
    return results


def active_only(listings: list[MlsListing]) -> list[MlsListing]:
    return [l for l in listings if l.status in {"Active", "ComingSoon"}]

"""Import venue seat maps exported from the venue CAD tool.

Promoters upload an SVG where every seat is a ``<circle>`` carrying
``data-section``, ``data-row`` and ``data-seat`` attributes.
"""
from dataclasses import dataclass

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
MAX_UPLOAD_BYTES = 8 * 1024 * 1024


@dataclass
class SeatSpec:
    section: str
    row: str
    number: str
    x: float
    y: float


class SeatMapError(ValueError):
    pass


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_comments=True)


def parse_seat_map(upload: bytes) -> list[SeatSpec]:
    if len(upload) > MAX_UPLOAD_BYTES:
        raise SeatMapError("seat map too large")
    try:
        root = etree.fromstring(upload, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise SeatMapError(f"invalid SVG: {exc}") from exc

    seats = []
    for el in root.iter(f"{{{SVG_NS}}}circle"):
        section = el.get("data-section")
        if not section:
            continue
        seats.append(
            SeatSpec(
                section=section,
                row=el.get("data-row", ""),
                number=el.get("data-seat", ""),
                x=float(el.get("cx", 0)),
                y=float(el.get("cy", 0)),
            )
        )
    if not seats:
        raise SeatMapError("no seats found in layout")
    return seats

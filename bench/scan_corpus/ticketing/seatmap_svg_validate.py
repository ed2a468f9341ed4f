"""Validation of seat map SVGs before they are stored for a venue layout."""
from collections import Counter

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

SVG_NS = "{http://www.w3.org/2000/svg}"
MAX_SEATS = 120_000


class LayoutInvalid(ValueError):
    pass


def seat_keys(svg_bytes: bytes) -> list[tuple[str, str, str]]:
    try:
        root = DET.fromstring(svg_bytes)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise LayoutInvalid(f"could not parse layout: {exc}") from exc

    if root.tag != f"{SVG_NS}svg":
        raise LayoutInvalid("root element must be <svg>")

    keys = []
    for el in root.iter(f"{SVG_NS}circle"):
        section = el.get("data-section")
        if section is None:
            continue
        keys.append((section, el.get("data-row", ""), el.get("data-seat", "")))
        if len(keys) > MAX_SEATS:
            raise LayoutInvalid("layout has too many seats")
    return keys


def validate_layout(svg_bytes: bytes) -> dict:
    keys = seat_keys(svg_bytes)
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    if dupes:
        raise LayoutInvalid(f"{len(dupes)} duplicate seat ids, first: {'/'.join(dupes[0])}")
    sections = Counter(section for section, _, _ in keys)
    return {"seats": len(keys), "sections": dict(sections)}

"""Parse CAAML avalanche bulletins published by the regional warning services.

The partner services push CAAML XML to our ingest endpoint; the parsed
danger ratings feed the lift status board and the off-piste warning
banners in the app.
"""
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

CAAML_NS = {"caaml": "http://caaml.org/Schemas/BulletinEAWS/v6.0"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class DangerRating:
    main_value: str
    lower_bound: str | None = None
    upper_bound: str | None = None


@dataclass
class Bulletin:
    bulletin_id: str
    published: datetime
    regions: list[str]
    ratings: list[DangerRating] = field(default_factory=list)
    highlights: str = ""


def _text(node, path: str) -> str:
    found = node.find(path, CAAML_NS)
    return found.text.strip() if found is not None and found.text else ""


def parse_bulletins(payload: bytes) -> list[Bulletin]:
    root = etree.fromstring(payload, parser=_PARSER)
    bulletins = []
    for b in root.iterfind(".//caaml:bulletin", CAAML_NS):
        ratings = [
            DangerRating(
                main_value=_text(r, "caaml:mainValue"),
                lower_bound=_text(r, "caaml:elevation/caaml:lowerBound") or None,
                upper_bound=_text(r, "caaml:elevation/caaml:upperBound") or None,
            )
            for r in b.iterfind("caaml:dangerRatings/caaml:dangerRating", CAAML_NS)
        ]
        bulletins.append(
            Bulletin(
                bulletin_id=b.get("id", ""),
                published=datetime.fromisoformat(_text(b, "caaml:publicationTime").replace("Z", "+00:00")),
                regions=[r.get("id", "") for r in b.iterfind("caaml:regions/caaml:region", CAAML_NS)],
                ratings=ratings,
                highlights=_text(b, "caaml:highlights"),
            )
        )
    return bulletins

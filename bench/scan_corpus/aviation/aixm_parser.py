"""Parse AIXM 5.1 digital NOTAM / airspace updates from the aeronautical data feed."""
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

NS = {
    "aixm": "http://www.aixm.aero/schema/5.1",
    "gml": "http://www.opengis.net/gml/3.2",
    "message": "http://www.aixm.aero/schema/5.1/message",
}

# AIXM bundles from the data provider still reference their shared entity set
PARSER_OPTIONS = dict(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
    huge_tree=False,
)


@dataclass
class AirspaceActivation:
    designator: str
    status: str
    begin: datetime
    end: datetime | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def _time(el, path: str) -> datetime | None:
    text = el.findtext(path, namespaces=NS)
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def parse_activations(payload: bytes) -> list[AirspaceActivation]:
    root = etree.fromstring(payload, parser=_parser())
    out = []
    for airspace in root.iterfind(".//aixm:Airspace", namespaces=NS):
        designator = airspace.findtext(".//aixm:designator", namespaces=NS)
        for act in airspace.iterfind(".//aixm:AirspaceActivation", namespaces=NS):
            out.append(
                AirspaceActivation(
                    designator=designator,
                    status=act.findtext("aixm:status", namespaces=NS) or "UNKNOWN",
                    begin=_time(act, ".//gml:beginPosition"),
                    end=_time(act, ".//gml:endPosition"),
                )
            )
    return out

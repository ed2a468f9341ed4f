"""Import of TransXChange files describing rail-replacement bus services.

Bus operators contracted for engineering works upload these through the
supplier portal; we extract the stops and timings for the journey planner.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

TXC = {"txc": "http://www.transxchange.org.uk/"}

_parser = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    remove_blank_text=True,
)


@dataclass
class ReplacementJourney:
    code: str
    departure: str
    stop_refs: list[str]


def parse_upload(data: bytes) -> list[ReplacementJourney]:
    root = etree.fromstring(data, parser=_parser)
    journeys = []
    for vj in root.iterfind(".//txc:VehicleJourney", namespaces=TXC):
        pattern_ref = vj.findtext("txc:JourneyPatternRef", default="", namespaces=TXC)
        stops = root.xpath(
            "//txc:JourneyPattern[@id=$ref]//txc:StopPointRef/text()", namespaces=TXC, ref=pattern_ref
        )
        journeys.append(
            ReplacementJourney(
                code=vj.findtext("txc:VehicleJourneyCode", default="", namespaces=TXC),
                departure=vj.findtext("txc:DepartureTime", default="", namespaces=TXC),
                stop_refs=[str(s) for s in stops],
            )
        )
    return journeys

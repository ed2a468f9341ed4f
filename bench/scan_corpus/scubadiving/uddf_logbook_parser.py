"""Parses UDDF logbook files that divers upload from their own software.

UDDF (Universal Dive Data Format) is XML; we read the dive list and the
gas definitions so the dives can be merged into the centre's logbook.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

UDDF_NS = {"u": "http://www.streit.cc/uddf/3.2/"}


@dataclass
class UddfDive:
    dive_id: str
    started: datetime
    max_depth_m: float
    duration_s: int
    gas_refs: list[str] = field(default_factory=list)


class UddfParser:
    @staticmethod
    def _make_parser() -> etree.XMLParser:
        return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)

    def __init__(self) -> None:
        self._parser = self._make_parser()

    def parse(self, data: bytes) -> tuple[dict[str, float], list[UddfDive]]:
        root = etree.fromstring(data, parser=self._parser)
        return self._gases(root), self._dives(root)

    @staticmethod
    def _gases(root) -> dict[str, float]:
        gases = {}
        for mix in root.iterfind(".//u:gasdefinitions/u:mix", UDDF_NS):
            o2 = mix.findtext("u:o2", default="0.21", namespaces=UDDF_NS)
            gases[mix.get("id")] = float(o2)
        return gases

    @staticmethod
    def _dives(root) -> list[UddfDive]:
        dives = []
        for dive in root.iterfind(".//u:profiledata//u:dive", UDDF_NS):
            when = dive.findtext(".//u:informationbeforedive/u:datetime", namespaces=UDDF_NS)
            depth = dive.findtext(".//u:informationafterdive/u:greatestdepth", namespaces=UDDF_NS)
            duration = dive.findtext(".//u:informationafterdive/u:diveduration", namespaces=UDDF_NS)
            refs = [
                el.get("ref")
                for el in dive.iterfind(".//u:switchmix", UDDF_NS)
                if el.get("ref")
            ]
            dives.append(
                UddfDive(
                    dive_id=dive.get("id", ""),
                    started=datetime.fromisoformat(when) if when else datetime.min,
                    max_depth_m=float(depth or 0),
                    duration_s=int(float(duration or 0)),
                    gas_refs=refs,
                )
            )
        return dives


def import_uploaded_logbook(upload_bytes: bytes) -> list[UddfDive]:
    gases, dives = UddfParser().parse(upload_bytes)
    for dive in dives:
        dive.gas_refs = [ref for ref in dive.gas_refs if ref in gases]
    return dives

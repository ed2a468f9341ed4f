"""Imports horse identity data from passport-issuing-organisation XML exports uploaded by owners."""

from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"pio": "urn:ueln:passport:2.1"}


@dataclass
class PassportRecord:
    ueln: str
    name: str
    microchip: str | None
    foaled_on: date | None
    sex: str | None
    colour: str | None


class PassportXmlReader:
    def __init__(self):
        self.parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)

    def _text(self, node, path: str) -> str | None:
        found = node.find(path, NS)
        return found.text.strip() if found is not None and found.text else None

    def read(self, payload: bytes) -> list[PassportRecord]:
        root = etree.fromstring(payload, self.parser)
        records = []
        for equine in root.iterfind(".//pio:Equine", NS):
            foaled = self._text(equine, "pio:DateOfBirth")
            records.append(
                PassportRecord(
                    ueln=self._text(equine, "pio:UELN") or "",
                    name=self._text(equine, "pio:Name") or "",
                    microchip=self._text(equine, "pio:Transponder/pio:Code"),
                    foaled_on=date.fromisoformat(foaled) if foaled else None,
                    sex=self._text(equine, "pio:Sex"),
                    colour=self._text(equine, "pio:Colour"),
                )
            )
        return records


def import_upload(payload: bytes, horse_lookup) -> int:
    matched = 0
    for record in PassportXmlReader().read(payload):
        horse = horse_lookup(record.ueln) or horse_lookup(record.microchip)
        if horse is None:
            continue
        horse.ueln = record.ueln
        horse.microchip = record.microchip or horse.microchip
        horse.foaled_on = record.foaled_on or horse.foaled_on
        matched += 1
    return matched

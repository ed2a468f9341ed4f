"""Imports occurrence records from partner Darwin Core / ABCD XML exports."""
from dataclasses import dataclass

from lxml import etree

ABCD_NS = {"abcd": "http://www.tdwg.org/schemas/abcd/2.06"}

_PARSER_OPTIONS = dict(remove_blank_text=True, resolve_entities=True, load_dtd=True)


@dataclass
class Occurrence:
    unit_id: str
    scientific_name: str
    country: str | None
    collected: str | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def _text(node, path: str) -> str | None:
    found = node.find(path, namespaces=ABCD_NS)
    return found.text.strip() if found is not None and found.text else None


def parse_abcd(payload: bytes) -> list[Occurrence]:
    root = etree.fromstring(payload, parser=_parser())
    records = []
    for unit in root.iterfind(".//abcd:Unit", namespaces=ABCD_NS):
        unit_id = _text(unit, "abcd:UnitID")
        name = _text(unit, ".//abcd:FullScientificNameString")
        if not unit_id or not name:
            continue
        records.append(
            Occurrence(
                unit_id=unit_id,
                scientific_name=name,
                country=_text(unit, ".//abcd:Country/abcd:Name"),
                collected=_text(unit, ".//abcd:Gathering/abcd:DateTime/abcd:ISODateTimeBegin"),
            )
        )
    return records


def import_feed(payload: bytes, repository) -> int:
    occurrences = parse_abcd(payload)
    for occ in occurrences:
        repository.upsert_occurrence(occ)
    return len(occurrences)

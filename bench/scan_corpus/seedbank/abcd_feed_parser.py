"""Parses ABCD 2.06 XML feeds published by partner herbaria."""
from dataclasses import dataclass

import defusedxml.ElementTree as DET

NS = {"abcd": "http://www.tdwg.org/schemas/abcd/2.06"}


@dataclass
class Specimen:
    unit_id: str
    name: str
    institution: str | None


def _find_text(node, path: str) -> str | None:
    el = node.find(path, NS)
    return el.text.strip() if el is not None and el.text else None


def parse_feed(payload: bytes) -> list[Specimen]:
    root = DET.fromstring(payload, forbid_dtd=True)
    specimens = []
    for unit in root.iter(f"{{{NS['abcd']}}}Unit"):
        unit_id = _find_text(unit, "abcd:UnitID")
        name = _find_text(unit, ".//abcd:FullScientificNameString")
        if unit_id and name:
            specimens.append(Specimen(unit_id, name, _find_text(unit, "abcd:SourceInstitutionID")))
    return specimens


def import_partner_feed(payload: bytes, repo) -> int:
    specimens = parse_feed(payload)
    for s in specimens:
        repo.upsert_specimen(s)
    return len(specimens)

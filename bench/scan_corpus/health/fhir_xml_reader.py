"""Reads FHIR XML Patient resources dropped by the legacy interface engine."""
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as ET

FHIR_NS = {"f": "http://hl7.org/fhir"}


@dataclass
class PatientRecord:
    fhir_id: str
    family: str
    given: list[str]
    birth_date: str
    gender: str


def _attr(node, path: str) -> str:
    found = node.find(path, FHIR_NS)
    return found.get("value", "") if found is not None else ""


def parse_patient(raw: bytes) -> PatientRecord:
    root = ET.fromstring(raw)
    if root.tag != "{http://hl7.org/fhir}Patient":
        raise ValueError(f"expected Patient resource, got {root.tag}")
    name = root.find("f:name", FHIR_NS)
    given = [g.get("value", "") for g in name.findall("f:given", FHIR_NS)] if name is not None else []
    return PatientRecord(
        fhir_id=_attr(root, "f:id"),
        family=_attr(name, "f:family") if name is not None else "",
        given=given,
        birth_date=_attr(root, "f:birthDate"),
        gender=_attr(root, "f:gender"),
    )


def read_drop_folder(folder: Path) -> list[PatientRecord]:
    return [parse_patient(p.read_bytes()) for p in sorted(folder.glob("*.xml"))]

"""Imports bird registration records exported from the national registry.

When a bird arrives on loan, the keeper emails the XML registration export
(ring number, species, breeder, CITES Article 10 certificate). Office staff
upload it here to pre-fill the bird's record.
"""
from dataclasses import dataclass
from datetime import date

from lxml import etree

from falconer.birds.intake import create_intake_draft

NS = {"reg": "urn:uk:registry:birds:1.2"}


@dataclass
class RegistrationRecord:
    ring_number: str
    species: str
    hatched: date | None
    breeder: str
    cites_certificate: str | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_registration(payload: bytes) -> list[RegistrationRecord]:
    root = etree.fromstring(payload, parser=_parser())
    records = []
    for bird in root.iterfind("reg:Bird", NS):
        hatched = _text(bird, "reg:HatchDate")
        records.append(
            RegistrationRecord(
                ring_number=_text(bird, "reg:RingNumber") or "",
                species=_text(bird, "reg:Species") or "",
                hatched=date.fromisoformat(hatched) if hatched else None,
                breeder=_text(bird, "reg:Breeder/reg:Name") or "",
                cites_certificate=_text(bird, "reg:Cites/reg:CertificateNumber"),
            )
        )
    return records


def import_upload(uploaded_file, keeper_id: int) -> int:
    records = parse_registration(uploaded_file.read())
    for record in records:
        create_intake_draft(keeper_id=keeper_id, **record.__dict__)
    return len(records)

"""Imports referral letters sent by partner veterinary practices.

Practices export referrals from their practice-management software as XML and
drop them into the shared referrals mailbox; a worker picks up attachments and
creates a rescue intake record for each casualty bird.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from lxml import etree

log = logging.getLogger("rescue.referrals")

_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "huge_tree": False,
}

NS = {"ref": "urn:falconry:vet-referral:1"}


@dataclass
class Referral:
    practice_name: str
    vet_name: str
    species: str
    ring_number: str | None
    found_location: str
    found_on: date
    injuries: str
    treatment_given: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def _text(node: etree._Element, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_referral(xml_bytes: bytes) -> Referral:
    root = etree.fromstring(xml_bytes, parser=_parser())
    casualty = root.find("ref:casualty", NS)
    if casualty is None:
        raise ValueError("referral has no casualty element")
    return Referral(
        practice_name=_text(root, "ref:practice/ref:name"),
        vet_name=_text(root, "ref:practice/ref:vet"),
        species=_text(casualty, "ref:species", "unknown raptor"),
        ring_number=_text(casualty, "ref:ring") or None,
        found_location=_text(casualty, "ref:foundAt"),
        found_on=date.fromisoformat(_text(casualty, "ref:foundOn")),
        injuries=_text(casualty, "ref:injuries"),
        treatment_given=_text(casualty, "ref:treatment"),
    )


def import_attachments(attachments: Iterable[tuple[str, bytes]], intake_repo) -> int:
    created = 0
    for filename, payload in attachments:
        if not filename.lower().endswith(".xml"):
            continue
        try:
            referral = parse_referral(payload)
        except (etree.XMLSyntaxError, ValueError) as exc:
            log.warning("skipping referral %s: %s", filename, exc)
            continue
        intake_repo.create_intake(
            species=referral.species,
            ring_number=referral.ring_number,
            source=f"vet referral: {referral.practice_name}",
            notes=f"{referral.injuries}\nTreatment: {referral.treatment_given}",
            found_on=referral.found_on,
        )
        created += 1
    log.info("created %d intake records from referrals", created)
    return created

"""Imports HL7 CDA consent documents submitted by referring hospitals."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from lxml import etree

CDA_NS = {"hl7": "urn:hl7-org:v3"}

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    resolve_entities=True,
    no_network=False,
    huge_tree=True,
)


@dataclass
class ConsentDocument:
    document_id: str
    donor_nhs_number: str
    decision: str
    organs: list[str]
    effective: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def _text(node: etree._Element, path: str, attr: str | None = None) -> str:
    found = node.find(path, CDA_NS)
    if found is None:
        return ""
    return (found.get(attr) if attr else found.text) or ""


def parse_consent_document(payload: bytes) -> ConsentDocument:
    root = etree.fromstring(payload, _parser())
    patient = root.find(".//hl7:recordTarget/hl7:patientRole", CDA_NS)
    organs = [
        entry.get("displayName", "")
        for entry in root.iterfind(".//hl7:entry/hl7:observation/hl7:value", CDA_NS)
        if entry.get("codeSystemName") == "ODR-ORGAN"
    ]
    return ConsentDocument(
        document_id=_text(root, "hl7:id", "extension"),
        donor_nhs_number=_text(patient, "hl7:id", "extension") if patient is not None else "",
        decision=_text(root, ".//hl7:code[@codeSystemName='ODR-DECISION']", "code"),
        organs=organs,
        effective=_text(root, "hl7:effectiveTime", "value"),
    )


def import_batch(payloads: Iterable[bytes]) -> list[ConsentDocument]:
    documents = []
    for payload in payloads:
        doc = parse_consent_document(payload)
        if doc.donor_nhs_number and doc.decision:
            documents.append(doc)
    return documents

"""Parses inbound NCPDP SCRIPT NewRx messages received from the e-prescribing network."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from lxml import etree

NS = {"s": "http://www.ncpdp.org/schema/SCRIPT"}

_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True, no_network=False)


@dataclass
class NewRx:
    message_id: str
    prescriber_npi: str
    patient_last_name: str
    patient_first_name: str
    patient_dob: date
    drug_description: str
    ndc: str | None
    quantity: Decimal
    days_supply: int | None
    refills: int
    sig: str
    notes: list[str] = field(default_factory=list)


def _text(node, path: str, default: str | None = None) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_newrx(raw: bytes) -> NewRx:
    root = etree.fromstring(raw, parser=_PARSER)
    body = root.find("s:Body/s:NewRx", NS)
    if body is None:
        raise ValueError("not a NewRx message")
    patient = body.find("s:Patient/s:HumanPatient", NS)
    med = body.find("s:MedicationPrescribed", NS)
    return NewRx(
        message_id=_text(root, "s:Header/s:MessageID"),
        prescriber_npi=_text(body, "s:Prescriber/s:NonVeterinarian/s:Identification/s:NPI"),
        patient_last_name=_text(patient, "s:Name/s:LastName"),
        patient_first_name=_text(patient, "s:Name/s:FirstName"),
        patient_dob=date.fromisoformat(_text(patient, "s:DateOfBirth/s:Date")),
        drug_description=_text(med, "s:DrugDescription"),
        ndc=_text(med, "s:DrugCoded/s:ProductCode/s:Code"),
        quantity=Decimal(_text(med, "s:Quantity/s:Value", "0")),
        days_supply=int(_text(med, "s:DaysSupply", "0")) or None,
        refills=int(_text(med, "s:NumberOfRefills", "0")),
        sig=_text(med, "s:Sig/s:SigText", ""),
        notes=[n.text for n in med.findall("s:Note", NS) if n.text],
    )


def validate_newrx(rx: NewRx) -> list[str]:
    problems = []
    if not rx.prescriber_npi or len(rx.prescriber_npi) != 10:
        problems.append("prescriber NPI missing or malformed")
    if rx.quantity <= 0:
        problems.append("quantity must be positive")
    if rx.refills > 11:
        problems.append("refills exceed the maximum allowed")
    return problems

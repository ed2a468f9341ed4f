"""Import contribution schedules submitted as XML by larger employers.

Schema: <ContributionSchedule employer="..." period="YYYY-MM"><Member .../>...
Some payroll packages reference a shared DTD for the member element defaults,
so DTD loading is kept on.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class ContributionLine:
    member_ref: str
    pensionable_pay: Decimal
    employee: Decimal
    employer: Decimal


def parse_schedule(xml_bytes: bytes) -> tuple[str, str, list[ContributionLine]]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    if root.tag != "ContributionSchedule":
        raise ValueError(f"unexpected root element {root.tag}")
    lines = [
        ContributionLine(
            member_ref=m.get("ref", "").strip(),
            pensionable_pay=Decimal(m.findtext("PensionablePay", "0")),
            employee=Decimal(m.findtext("EmployeeContribution", "0")),
            employer=Decimal(m.findtext("EmployerContribution", "0")),
        )
        for m in root.iter("Member")
    ]
    return root.get("employer", ""), root.get("period", ""), lines


def handle_upload(upload, ledger) -> int:
    employer_id, period, lines = parse_schedule(upload.read())
    ledger.record_schedule(employer_id, period, lines)
    return len(lines)

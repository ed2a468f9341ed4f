"""Read XML contribution schedules uploaded through the employer portal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as DET


@dataclass
class ContributionLine:
    member_ref: str
    employee: Decimal
    employer: Decimal


def parse_schedule(xml_bytes: bytes) -> tuple[str, str, list[ContributionLine]]:
    root = DET.fromstring(xml_bytes, forbid_dtd=True)
    if root.tag != "ContributionSchedule":
        raise ValueError(f"unexpected root element {root.tag}")
    lines = [
        ContributionLine(
            member_ref=(m.get("ref") or "").strip(),
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

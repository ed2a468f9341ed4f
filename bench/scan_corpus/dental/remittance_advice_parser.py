"""Reads electronic remittance advice (ERA) XML files dropped by insurers."""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as ET

NS = {"era": "urn:dental:remittance:v2"}


@dataclass
class RemittanceLine:
    claim_id: str
    paid_cents: int
    adjustment_code: str | None = None


class RemittanceReader:
    def __init__(self, inbox: Path):
        self.inbox = inbox

    def parse_bytes(self, data: bytes) -> list[RemittanceLine]:
        root = ET.fromstring(data, forbid_dtd=True)
        lines = []
        for claim in root.iterfind("era:Claim", NS):
            paid = Decimal(claim.findtext("era:Paid", default="0", namespaces=NS))
            lines.append(
                RemittanceLine(
                    claim_id=claim.findtext("era:ClaimId", namespaces=NS),
                    paid_cents=int(paid * 100),
                    adjustment_code=claim.findtext("era:AdjustmentCode", namespaces=NS),
                )
            )
        return lines

    def read_inbox(self) -> dict[str, list[RemittanceLine]]:
        return {p.name: self.parse_bytes(p.read_bytes()) for p in sorted(self.inbox.glob("*.xml"))}

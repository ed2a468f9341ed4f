"""Parses camt.053 end-of-day bank statements for the firm's omnibus cash accounts.

Used by the cash reconciliation job to match customer deposits to ACH and
wire instructions.
"""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from defusedxml import ElementTree as DET

NS = {"c": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"}


@dataclass(frozen=True)
class StatementEntry:
    reference: str
    amount: Decimal
    currency: str
    credit: bool
    booking_date: date
    remittance: str


def parse_camt053(xml_bytes: bytes) -> list[StatementEntry]:
    root = DET.fromstring(xml_bytes)
    entries = []
    for ntry in root.iterfind(".//c:Stmt/c:Ntry", NS):
        amt = ntry.find("c:Amt", NS)
        entries.append(
            StatementEntry(
                reference=ntry.findtext("c:AcctSvcrRef", default="", namespaces=NS),
                amount=Decimal(amt.text),
                currency=amt.get("Ccy"),
                credit=ntry.findtext("c:CdtDbtInd", namespaces=NS) == "CRDT",
                booking_date=date.fromisoformat(ntry.findtext("c:BookgDt/c:Dt", namespaces=NS)),
                remittance=" ".join(
                    u.text or "" for u in ntry.iterfind(".//c:RmtInf/c:Ustrd", NS)
                ).strip(),
            )
        )
    return entries

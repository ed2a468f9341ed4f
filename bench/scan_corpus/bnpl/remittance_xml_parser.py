"""Parses pain.002 payment status reports returned by the payout bank.

The bank uploads these to our SFTP inbox after each payout run; each
transaction status tells us whether a merchant payout was accepted or rejected.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as DET

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"}


@dataclass
class PayoutStatus:
    end_to_end_id: str
    status: str
    reason_code: str | None


def parse_status_report(data: bytes) -> list[PayoutStatus]:
    root = DET.fromstring(data, forbid_dtd=True)
    results = []
    for tx in root.iterfind(".//p:OrgnlPmtInfAndSts/p:TxInfAndSts", NS):
        reason = tx.find("p:StsRsnInf/p:Rsn/p:Cd", NS)
        results.append(
            PayoutStatus(
                end_to_end_id=tx.findtext("p:OrgnlEndToEndId", default="", namespaces=NS),
                status=tx.findtext("p:TxSts", default="", namespaces=NS),
                reason_code=reason.text if reason is not None else None,
            )
        )
    return results


def process_inbox(inbox: Path, on_status) -> int:
    count = 0
    for path in sorted(inbox.glob("*.xml")):
        for status in parse_status_report(path.read_bytes()):
            on_status(status)
            count += 1
        path.rename(path.with_suffix(".done"))
    return count

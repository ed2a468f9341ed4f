"""Import camt.053 end-of-day statements received from nostro correspondents.

Statements arrive over the SWIFT gateway; every entry is matched against the
expected nostro movements for reconciliation.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as DefusedET

log = logging.getLogger(__name__)

NS = {"c": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"}


@dataclass(frozen=True)
class StatementEntry:
    account_iban: str
    booking_date: str
    amount: Decimal
    currency: str
    credit: bool
    reference: str | None


def _text(node: Element, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_camt053(payload: bytes) -> list[StatementEntry]:
    root = DefusedET.fromstring(payload, forbid_dtd=True)
    entries: list[StatementEntry] = []
    for stmt in root.iterfind("c:BkToCstmrStmt/c:Stmt", NS):
        iban = _text(stmt, "c:Acct/c:Id/c:IBAN")
        for ntry in stmt.iterfind("c:Ntry", NS):
            amt = ntry.find("c:Amt", NS)
            entries.append(
                StatementEntry(
                    account_iban=iban,
                    booking_date=_text(ntry, "c:BookgDt/c:Dt"),
                    amount=Decimal(amt.text),
                    currency=amt.get("Ccy"),
                    credit=_text(ntry, "c:CdtDbtInd") == "CRDT",
                    reference=_text(ntry, "c:NtryDtls/c:TxDtls/c:Refs/c:EndToEndId"),
                )
            )
    log.info("camt.053 parsed: %d entries", len(entries))
    return entries

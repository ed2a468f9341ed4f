"""Import ISO 20022 camt.053 bank statements for cash reconciliation.

Statements arrive from the settlement banks over SWIFTNet FileAct and are
parsed here into booking entries. A small camt.060 acknowledgement is
built with the stdlib ElementTree and returned to the sender.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from defusedxml import ElementTree as DefusedET

CAMT_NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
NS = {"c": CAMT_NS}


@dataclass
class BookingEntry:
    account_iban: str
    booking_date: date
    amount: Decimal
    currency: str
    credit: bool
    reference: str


def parse_camt053(xml_bytes: bytes) -> list[BookingEntry]:
    root = DefusedET.fromstring(xml_bytes, forbid_dtd=True)
    entries: list[BookingEntry] = []
    for stmt in root.iterfind(".//c:Stmt", NS):
        iban = stmt.findtext("c:Acct/c:Id/c:IBAN", default="", namespaces=NS)
        for ntry in stmt.iterfind("c:Ntry", NS):
            amt = ntry.find("c:Amt", NS)
            if amt is None:
                continue
            entries.append(BookingEntry(
                account_iban=iban,
                booking_date=date.fromisoformat(
                    ntry.findtext("c:BookgDt/c:Dt", default="", namespaces=NS)),
                amount=Decimal(amt.text or "0"),
                currency=amt.get("Ccy", ""),
                credit=ntry.findtext("c:CdtDbtInd", namespaces=NS) == "CRDT",
                reference=ntry.findtext("c:AcctSvcrRef", default="", namespaces=NS),
            ))
    return entries


def build_ack(message_id: str, entry_count: int) -> bytes:
    root = ET.Element("Document", xmlns="urn:iso:std:iso:20022:tech:xsd:camt.060.001.05")
    hdr = ET.SubElement(ET.SubElement(root, "AcctRptgReq"), "GrpHdr")
    ET.SubElement(hdr, "MsgId").text = f"ACK-{message_id}"
    ET.SubElement(hdr, "NbOfTxs").text = str(entry_count)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)

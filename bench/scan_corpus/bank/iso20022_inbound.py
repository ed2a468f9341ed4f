"""Inbound ISO 20022 pacs.008 (FI-to-FI customer credit transfer) handling.

Messages are pulled from the SWIFT gateway queue, parsed into
``CreditTransfer`` objects and handed to the payments engine for posting.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

log = logging.getLogger(__name__)

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"}
# a few correspondents still declare character entities in an internal DTD
_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True, huge_tree=True)


@dataclass(frozen=True)
class CreditTransfer:
    msg_id: str
    end_to_end_id: str
    uetr: str | None
    amount: Decimal
    currency: str
    debtor_name: str
    debtor_agent_bic: str
    creditor_iban: str


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_pacs008(payload: bytes) -> list[CreditTransfer]:
    root = etree.fromstring(payload, parser=_PARSER)
    msg_id = _text(root, "p:FIToFICstmrCdtTrf/p:GrpHdr/p:MsgId")
    transfers = []
    for tx in root.iterfind("p:FIToFICstmrCdtTrf/p:CdtTrfTxInf", NS):
        amt = tx.find("p:IntrBkSttlmAmt", NS)
        transfers.append(
            CreditTransfer(
                msg_id=msg_id,
                end_to_end_id=_text(tx, "p:PmtId/p:EndToEndId"),
                uetr=_text(tx, "p:PmtId/p:UETR"),
                amount=Decimal(amt.text),
                currency=amt.get("Ccy"),
                debtor_name=_text(tx, "p:Dbtr/p:Nm"),
                debtor_agent_bic=_text(tx, "p:DbtrAgt/p:FinInstnId/p:BICFI"),
                creditor_iban=_text(tx, "p:CdtrAcct/p:Id/p:IBAN"),
            )
        )
    log.info("pacs.008 %s parsed: %d transactions", msg_id, len(transfers))
    return transfers


def handle_message(payload: bytes, engine) -> None:
    try:
        transfers = parse_pacs008(payload)
    except etree.XMLSyntaxError as exc:
        log.error("rejecting malformed pacs.008: %s", exc)
        engine.reject_unparseable(payload)
        return
    for ct in transfers:
        engine.post_incoming(ct)

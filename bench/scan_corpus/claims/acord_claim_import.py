"""Import ACORD XML loss notices uploaded by brokers.

Brokers upload ACORD ClaimsNotificationAddRq documents through the broker
portal; we map the key fields onto a new FNOL record.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"a": "http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/"}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class BrokerLossNotice:
    policy_number: str
    loss_date: date
    loss_cause: str
    description: str
    reporter_name: str
    estimated_amount: float | None


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_notice(payload: bytes) -> BrokerLossNotice:
    root = etree.fromstring(payload, _parser)
    rq = root.find(".//a:ClaimsNotificationAddRq", NS)
    if rq is None:
        raise ValueError("not a ClaimsNotificationAddRq document")
    amount = _text(rq, ".//a:ClaimsOccurrence/a:ClaimsAmt/a:Amt")
    return BrokerLossNotice(
        policy_number=_text(rq, ".//a:Policy/a:PolicyNumber") or "",
        loss_date=date.fromisoformat(_text(rq, ".//a:ClaimsOccurrence/a:LossDt") or ""),
        loss_cause=_text(rq, ".//a:ClaimsOccurrence/a:LossCauseCd") or "UNKNOWN",
        description=_text(rq, ".//a:ClaimsOccurrence/a:IncidentDesc") or "",
        reporter_name=_text(rq, ".//a:ClaimsParty/a:GeneralPartyInfo/a:NameInfo/a:CommlName/a:CommercialName") or "",
        estimated_amount=float(amount) if amount else None,
    )

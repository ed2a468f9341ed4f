"""Parse FpML trade confirmations received from OTC counterparties.

Counterparties e-mail or SFTP their confirmations; the intake job drops
the XML into the confirmations queue and this module extracts the
economic terms for matching against our booked trades.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from lxml import etree

NS = {"fpml": "http://www.fpml.org/FpML-5/confirmation"}
_PARSER = etree.XMLParser(remove_blank_text=True, load_dtd=True, resolve_entities=True)


@dataclass
class ConfirmTerms:
    trade_id: str
    counterparty: str
    trade_date: date
    product: str
    notional: Decimal
    currency: str
    fixed_rate: Decimal | None


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_confirmation(xml_bytes: bytes) -> ConfirmTerms:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    trade = root.find(".//fpml:trade", NS)
    if trade is None:
        raise ValueError("no <trade> element in confirmation")
    notional = trade.find(".//fpml:notionalAmount", NS)
    if notional is None:
        raise ValueError("no notional amount in confirmation")
    rate = _text(trade, ".//fpml:fixedRateSchedule/fpml:initialValue")
    return ConfirmTerms(
        trade_id=_text(trade, ".//fpml:partyTradeIdentifier/fpml:tradeId") or "",
        counterparty=_text(root, ".//fpml:party[2]/fpml:partyName") or "",
        trade_date=date.fromisoformat(_text(trade, ".//fpml:tradeDate") or ""),
        product=etree.QName(trade[-1]).localname,
        notional=Decimal(_text(notional, "fpml:amount") or "0"),
        currency=_text(notional, "fpml:currency") or "",
        fixed_rate=Decimal(rate) if rate else None,
    )


def parse_directory(inbox: Path) -> list[ConfirmTerms]:
    terms = []
    for path in sorted(inbox.glob("*.xml")):
        terms.append(parse_confirmation(path.read_bytes()))
    return terms

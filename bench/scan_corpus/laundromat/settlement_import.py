"""Import daily settlement files from payment terminal vendors.

Vendors drop an XML settlement file per store into the SFTP inbox; finance
can also upload one manually from the back office. Each ``<Txn>`` becomes a
row in ``terminal_settlements``.
"""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

NS = {"s": "urn:cardvend:settlement:2"}

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "huge_tree": False,
}


@dataclass
class SettlementLine:
    terminal_id: str
    txn_ref: str
    amount: Decimal
    currency: str
    card_last4: str


def _parser(**overrides) -> etree.XMLParser:
    opts = {**PARSER_OPTIONS, **overrides}
    return etree.XMLParser(**opts)


def parse_settlement(data: bytes) -> list[SettlementLine]:
    root = etree.fromstring(data, parser=_parser())
    lines = []
    for txn in root.iterfind(".//s:Txn", NS):
        lines.append(
            SettlementLine(
                terminal_id=txn.findtext("s:TerminalId", namespaces=NS),
                txn_ref=txn.get("ref"),
                amount=Decimal(txn.findtext("s:Amount", namespaces=NS)),
                currency=txn.findtext("s:Currency", default="EUR", namespaces=NS),
                card_last4=txn.findtext("s:PanLast4", default="", namespaces=NS),
            )
        )
    return lines


def import_inbox(inbox: Path, store) -> int:
    count = 0
    for path in sorted(inbox.glob("*.xml")):
        rows = parse_settlement(path.read_bytes())
        store.save_settlement(path.name, rows)
        path.rename(path.with_suffix(".done"))
        count += len(rows)
    return count

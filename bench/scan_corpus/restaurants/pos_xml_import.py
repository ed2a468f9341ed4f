"""Imports end-of-day sales exports uploaded by stores on the legacy POS.

The legacy POS writes an XML "Z report" per terminal; store managers upload
them through the back-office portal when the nightly sync fails.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

# Older exports reference a DTD with entity definitions for tender names.
PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "huge_tree": False,
}


@dataclass
class TenderTotal:
    tender: str
    count: int
    amount: Decimal


@dataclass
class ZReport:
    store_id: str
    terminal: str
    business_date: str
    gross_sales: Decimal
    tenders: list[TenderTotal]


def parse_z_report(data: bytes) -> ZReport:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(data, parser)
    tenders = [
        TenderTotal(
            tender=t.findtext("Name", "").strip(),
            count=int(t.findtext("Count", "0")),
            amount=Decimal(t.findtext("Amount", "0")),
        )
        for t in root.iterfind("Tenders/Tender")
    ]
    return ZReport(
        store_id=root.get("store"),
        terminal=root.get("terminal"),
        business_date=root.findtext("BusinessDate"),
        gross_sales=Decimal(root.findtext("GrossSales", "0")),
        tenders=tenders,
    )

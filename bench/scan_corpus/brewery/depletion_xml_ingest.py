"""Ingest monthly depletion reports that distributors upload as XML.

A depletion report lists, per retail account, how many cases and kegs of
each SKU the distributor sold through during the period.
"""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

NS = {"d": "urn:brewery:depletions:v2"}


@dataclass
class DepletionLine:
    account_id: str
    account_name: str
    sku: str
    cases: Decimal
    kegs: Decimal


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_report(path: Path) -> tuple[str, list[DepletionLine]]:
    tree = etree.parse(str(path), _parser())
    root = tree.getroot()
    distributor = root.findtext("d:Distributor/d:Code", namespaces=NS)
    lines = []
    for acct in root.iterfind("d:Accounts/d:Account", namespaces=NS):
        for item in acct.iterfind("d:Item", namespaces=NS):
            lines.append(
                DepletionLine(
                    account_id=acct.get("id"),
                    account_name=acct.findtext("d:Name", namespaces=NS) or "",
                    sku=item.get("sku"),
                    cases=Decimal(item.findtext("d:Cases", default="0", namespaces=NS)),
                    kegs=Decimal(item.findtext("d:Kegs", default="0", namespaces=NS)),
                )
            )
    return distributor, lines


def ingest_upload_dir(upload_dir: Path, store) -> int:
    """Process every report waiting in the distributor upload folder."""
    count = 0
    for path in sorted(upload_dir.glob("*.xml")):
        distributor, lines = parse_report(path)
        store.save_depletions(distributor, lines, source=path.name)
        path.rename(path.with_suffix(".xml.done"))
        count += 1
    return count

"""Parse distributor depletion reports (XML, schema v2)."""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"d": "urn:brewery:depletions:v2"}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)


@dataclass
class Depletion:
    account_id: str
    sku: str
    cases: Decimal
    kegs: Decimal


def parse_depletions(xml_bytes: bytes) -> tuple[str, list[Depletion]]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    if root.tag != f"{{{NS['d']}}}DepletionReport":
        raise ValueError("not a depletion report")
    distributor = root.findtext("d:Distributor/d:Code", namespaces=NS)
    out = []
    for acct in root.iterfind("d:Accounts/d:Account", namespaces=NS):
        for item in acct.iterfind("d:Item", namespaces=NS):
            out.append(
                Depletion(
                    account_id=acct.get("id"),
                    sku=item.get("sku"),
                    cases=Decimal(item.findtext("d:Cases", default="0", namespaces=NS)),
                    kegs=Decimal(item.findtext("d:Kegs", default="0", namespaces=NS)),
                )
            )
    return distributor, out

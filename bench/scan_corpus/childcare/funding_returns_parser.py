"""Parse early-years funding headcount returns submitted by the local authority.

The council's portal lets us download the confirmed headcount as XML; office
managers upload that file here so funded hours can be reconciled against our
invoices.
"""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"ey": "urn:la:early-years:headcount:v3"}


@dataclass
class FundedChild:
    upn: str
    surname: str
    forename: str
    funded_hours: Decimal
    stretched: bool


def parse_headcount(xml_bytes: bytes) -> tuple[str, list[FundedChild]]:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)

    provider_urn = root.findtext("ey:Provider/ey:URN", namespaces=NS) or ""
    children = []
    for node in root.iterfind("ey:Children/ey:Child", namespaces=NS):
        children.append(
            FundedChild(
                upn=node.findtext("ey:UPN", default="", namespaces=NS),
                surname=node.findtext("ey:Surname", default="", namespaces=NS),
                forename=node.findtext("ey:Forename", default="", namespaces=NS),
                funded_hours=Decimal(node.findtext("ey:FundedHours", default="0", namespaces=NS)),
                stretched=node.findtext("ey:Stretched", default="false", namespaces=NS) == "true",
            )
        )
    return provider_urn, children


def reconcile(children: list[FundedChild], invoiced_hours: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    mismatches = []
    for child in children:
        billed = invoiced_hours.get(child.upn, Decimal("0"))
        if billed != child.funded_hours:
            mismatches.append((child.upn, child.funded_hours, billed))
    return mismatches

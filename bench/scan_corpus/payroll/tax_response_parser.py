"""Parsing of tax code notices and submission responses.

Notices arrive from the authority's data provisioning service, and clients
can also upload notices they received on paper-replacement XML via the portal.
"""
from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"n": "http://www.govtalk.gov.uk/taxation/PAYE/CodingNotice/1"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass(frozen=True)
class TaxCodeNotice:
    employer_ref: str
    employee_nino: str
    works_number: str
    tax_code: str
    week1_month1: bool
    effective_from: date


def _text(node, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None:
        raise ValueError(f"missing element {path}")
    return value.strip()


def parse_notices(raw: bytes) -> list[TaxCodeNotice]:
    root = etree.fromstring(raw, parser=_PARSER)
    employer_ref = _text(root, "n:EmployerRef")
    notices = []
    for item in root.iterfind("n:Notice", namespaces=NS):
        notices.append(
            TaxCodeNotice(
                employer_ref=employer_ref,
                employee_nino=_text(item, "n:NINO"),
                works_number=_text(item, "n:WorksNumber"),
                tax_code=_text(item, "n:TaxCode"),
                week1_month1=item.findtext("n:W1M1", default="no", namespaces=NS) == "yes",
                effective_from=date.fromisoformat(_text(item, "n:EffectiveDate")),
            )
        )
    return notices

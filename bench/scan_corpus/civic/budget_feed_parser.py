"""Parser for the city budget XML feed used by the spending dashboard.

The finance department publishes adopted and amended budgets as XML. Line
items are flattened into rows for the dashboard's warehouse table.
"""
import logging
from decimal import Decimal, InvalidOperation

import defusedxml.ElementTree as ET
import requests

log = logging.getLogger(__name__)

NS = {"b": "urn:city:finance:budget:2"}


def fetch_feed(url: str) -> bytes:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.content


def _amount(text: str | None) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "")) if text else None
    except InvalidOperation:
        log.warning("unparseable amount %r", text)
        return None


def parse_budget(xml_bytes: bytes) -> list[dict]:
    root = ET.fromstring(xml_bytes)
    fiscal_year = root.get("fiscalYear")
    rows = []
    for dept in root.iterfind("b:department", NS):
        dept_code = dept.get("code")
        for item in dept.iterfind("b:lineItem", NS):
            rows.append(
                {
                    "fiscal_year": fiscal_year,
                    "department": dept_code,
                    "fund": item.findtext("b:fund", default="", namespaces=NS),
                    "account": item.findtext("b:account", default="", namespaces=NS),
                    "adopted": _amount(item.findtext("b:adopted", namespaces=NS)),
                    "amended": _amount(item.findtext("b:amended", namespaces=NS)),
                }
            )
    return rows

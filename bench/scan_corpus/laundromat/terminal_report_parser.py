"""Parse end-of-day reports exported by the card terminals.

Reports are uploaded by store staff through the back office, so they are
parsed with defusedxml, which refuses DTDs and entity declarations.
"""
from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException


class ReportFormatError(ValueError):
    pass


@dataclass
class TerminalTotals:
    terminal_id: str
    business_date: str
    sales_count: int
    sales_total: Decimal
    refunds_total: Decimal


def parse_eod_report(xml_bytes: bytes) -> TerminalTotals:
    try:
        root = DET.fromstring(xml_bytes, forbid_dtd=True)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise ReportFormatError(f"unreadable report: {exc}") from exc
    if root.tag != "EndOfDay":
        raise ReportFormatError(f"unexpected root element {root.tag}")
    totals = root.find("Totals")
    if totals is None:
        raise ReportFormatError("missing <Totals>")
    return TerminalTotals(
        terminal_id=root.get("terminal", ""),
        business_date=root.get("date", ""),
        sales_count=int(totals.findtext("SalesCount", "0")),
        sales_total=Decimal(totals.findtext("SalesTotal", "0")),
        refunds_total=Decimal(totals.findtext("RefundsTotal", "0")),
    )

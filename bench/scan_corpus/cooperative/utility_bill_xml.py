"""Parser for the water/heating utility's XML bills, which are split across
units by meter readings."""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

_parser = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    dtd_validation=False,
    remove_comments=True,
)


@dataclass
class MeterLine:
    meter_id: str
    unit_code: str
    previous: Decimal
    current: Decimal
    amount: Decimal

    @property
    def consumption(self) -> Decimal:
        return self.current - self.previous


def parse_bill(raw: bytes) -> tuple[str, list[MeterLine]]:
    root = etree.fromstring(raw, parser=_parser)
    bill_no = root.findtext("BillNumber") or ""
    lines = []
    for meter in root.iterfind("Meters/Meter"):
        lines.append(MeterLine(
            meter_id=meter.get("id", ""),
            unit_code=meter.findtext("Unit", default=""),
            previous=Decimal(meter.findtext("Previous", default="0")),
            current=Decimal(meter.findtext("Current", default="0")),
            amount=Decimal(meter.findtext("Amount", default="0")),
        ))
    return bill_no, lines

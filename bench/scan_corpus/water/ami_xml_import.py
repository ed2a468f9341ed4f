"""Import interval read files delivered by the AMI vendor (MultiSpeak-style XML).

Files arrive through the billing ops upload page and are parsed here before
being handed to the validation/estimation step.
"""
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from lxml import etree

NS = {"ms": "http://www.multispeak.org/Version_4.1_Release"}


@dataclass
class IntervalRead:
    meter_no: str
    read_at: datetime
    value: float
    uom: str


def _make_parser() -> etree.XMLParser:
    # vendor files declare a DTD for their reading-type codes
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_interval_file(fh: IO[bytes]) -> list[IntervalRead]:
    tree = etree.parse(fh, _make_parser())
    reads = []
    for block in tree.iterfind(".//ms:intervalData", namespaces=NS):
        meter_no = block.findtext("ms:meterNo", namespaces=NS)
        uom = block.findtext("ms:uom", default="kgal", namespaces=NS)
        for profile in block.iterfind("ms:profile", namespaces=NS):
            reads.append(
                IntervalRead(
                    meter_no=meter_no,
                    read_at=datetime.fromisoformat(profile.get("timeStamp")),
                    value=float(profile.text),
                    uom=uom,
                )
            )
    return reads

"""Parse court e-filing receipts (NEF XML) forwarded by the filing vendor.

Receipts are attached to the docket entry for the matter and the filing
date drives the response-deadline calculation.
"""
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass
class FilingReceipt:
    case_number: str
    court: str
    document_title: str
    filed_at: datetime
    docket_entry: int


def parse_receipt(xml_bytes: bytes) -> FilingReceipt:
    root = etree.fromstring(xml_bytes, parser=_PARSER)

    def text(path: str) -> str:
        value = root.findtext(path)
        if value is None:
            raise ValueError(f"receipt missing {path}")
        return value.strip()

    return FilingReceipt(
        case_number=text("Case/Number"),
        court=text("Case/Court"),
        document_title=text("Filing/DocumentTitle"),
        filed_at=datetime.fromisoformat(text("Filing/FiledAt")),
        docket_entry=int(text("Filing/DocketEntry")),
    )

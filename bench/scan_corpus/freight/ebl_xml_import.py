"""Import electronic bills of lading (eBL) uploaded by carriers in DCSA-style XML."""

import logging
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree

log = logging.getLogger(__name__)

NS = {"bl": "urn:freight:ebl:1.0"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class BillOfLading:
    number: str
    carrier_scac: str
    shipper: str
    consignee: str
    port_of_loading: str
    port_of_discharge: str
    containers: list[dict] = field(default_factory=list)


def _text(node, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    return (value or "").strip()


def parse_ebl(payload: bytes) -> BillOfLading:
    root = etree.fromstring(payload, parser=_PARSER)
    bl = BillOfLading(
        number=_text(root, "bl:DocumentNumber"),
        carrier_scac=_text(root, "bl:Carrier/bl:SCAC"),
        shipper=_text(root, "bl:Shipper/bl:Name"),
        consignee=_text(root, "bl:Consignee/bl:Name"),
        port_of_loading=_text(root, "bl:PortOfLoading/bl:UNLocode"),
        port_of_discharge=_text(root, "bl:PortOfDischarge/bl:UNLocode"),
    )
    for c in root.iterfind("bl:Equipment/bl:Container", namespaces=NS):
        bl.containers.append(
            {
                "number": _text(c, "bl:Number"),
                "seal": _text(c, "bl:Seal"),
                "gross_kg": Decimal(_text(c, "bl:GrossWeight") or "0"),
            }
        )
    log.info("parsed eBL %s with %d containers", bl.number, len(bl.containers))
    return bl


def handle_upload(uploaded_file) -> BillOfLading:
    """Called from the carrier upload view with a Django UploadedFile."""
    return parse_ebl(uploaded_file.read())

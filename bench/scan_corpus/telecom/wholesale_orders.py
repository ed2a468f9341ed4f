"""Parse wholesale bitstream orders uploaded by partner ISPs through the B2B portal."""
from dataclasses import dataclass
from typing import Optional

from defusedxml import ElementTree as ET

NS = {"wo": "urn:example:wholesale:order:v3"}
MAX_DOCUMENT_BYTES = 256 * 1024


@dataclass
class WholesaleOrder:
    partner_id: str
    order_ref: str
    product: str
    access_id: str
    bandwidth_mbps: int
    vlan: Optional[int]


def _text(root, path: str, default: Optional[str] = None) -> Optional[str]:
    node = root.find(path, NS)
    return node.text.strip() if node is not None and node.text else default


def parse_order(document: bytes) -> WholesaleOrder:
    if len(document) > MAX_DOCUMENT_BYTES:
        raise ValueError("order document too large")
    root = ET.fromstring(document)
    vlan = _text(root, "wo:Service/wo:Vlan")
    return WholesaleOrder(
        partner_id=_text(root, "wo:Partner/wo:Id"),
        order_ref=_text(root, "wo:OrderRef"),
        product=_text(root, "wo:Service/wo:Product"),
        access_id=_text(root, "wo:Service/wo:AccessId"),
        bandwidth_mbps=int(_text(root, "wo:Service/wo:BandwidthMbps", "0")),
        vlan=int(vlan) if vlan else None,
    )

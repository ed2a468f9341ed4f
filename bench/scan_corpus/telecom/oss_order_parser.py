"""Parse wholesale service orders submitted by partner ISPs.

Partners upload order documents (schema ``WholesaleOrder v3``) through the
B2B portal; we extract the fields the provisioning workflow needs.
"""
from dataclasses import dataclass
from typing import Optional

from lxml import etree

NS = {"wo": "urn:example:wholesale:order:v3"}

_PARSER_OPTIONS = dict(
    remove_blank_text=True,
    resolve_entities=True,
    load_dtd=True,
    no_network=False,
)


@dataclass
class WholesaleOrder:
    partner_id: str
    order_ref: str
    product: str
    access_id: str
    bandwidth_mbps: int
    vlan: Optional[int]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def _text(root, path: str, default: Optional[str] = None) -> Optional[str]:
    node = root.find(path, NS)
    return node.text.strip() if node is not None and node.text else default


def parse_order(document: bytes) -> WholesaleOrder:
    root = etree.fromstring(document, parser=_parser())
    vlan = _text(root, "wo:Service/wo:Vlan")
    return WholesaleOrder(
        partner_id=_text(root, "wo:Partner/wo:Id"),
        order_ref=_text(root, "wo:OrderRef"),
        product=_text(root, "wo:Service/wo:Product"),
        access_id=_text(root, "wo:Service/wo:AccessId"),
        bandwidth_mbps=int(_text(root, "wo:Service/wo:BandwidthMbps", "0")),
        vlan=int(vlan) if vlan else None,
    )

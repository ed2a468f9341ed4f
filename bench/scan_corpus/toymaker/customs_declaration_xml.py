"""Reads customs declaration acknowledgements (XML) for wholesale exports to EU retailers."""

from dataclasses import dataclass

from lxml import etree

from toyshop.orders import WholesaleOrder

ACK_NS = {"c": "urn:customs:declaration-ack:2"}

ACK_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_blank_text=True,
)


@dataclass
class Acknowledgement:
    mrn: str
    declaration_reference: str
    status: str
    messages: list[str]


def parse_acknowledgement(payload: bytes) -> Acknowledgement:
    root = etree.fromstring(payload, parser=ACK_PARSER)
    return Acknowledgement(
        mrn=root.findtext("c:MRN", default="", namespaces=ACK_NS),
        declaration_reference=root.findtext("c:LRN", default="", namespaces=ACK_NS),
        status=root.findtext("c:Status", default="UNKNOWN", namespaces=ACK_NS),
        messages=[m.text or "" for m in root.iterfind("c:Messages/c:Message", namespaces=ACK_NS)],
    )


def apply_acknowledgement(payload: bytes) -> WholesaleOrder | None:
    ack = parse_acknowledgement(payload)
    order = WholesaleOrder.find_by_customs_reference(ack.declaration_reference)
    if order is None:
        return None
    order.customs_mrn = ack.mrn
    order.customs_status = ack.status
    if ack.status == "RELEASED":
        order.ready_for_dispatch = True
    order.customs_notes = "\n".join(ack.messages)
    order.save()
    return order

"""Encode/decode helpers for the XML protocol spoken by the lane terminal.

Messages follow the OPI schema. The terminal is on the store network, so
incoming documents are parsed with DTD loading, entity expansion and network
access switched off.
"""
from __future__ import annotations

from lxml import etree

OPI_NS = "http://www.nrf-arts.org/IXRetail/namespace"

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=True,
)


def decode(raw: bytes) -> etree._Element:
    root = etree.fromstring(raw, parser=_PARSER)
    if root.getroottree().docinfo.doctype:
        raise ValueError("DOCTYPE not allowed in terminal messages")
    return root


def encode_payment_request(request_id: str, workstation_id: str, amount_cents: int, currency: str) -> bytes:
    root = etree.Element(
        "CardServiceRequest",
        nsmap={None: OPI_NS},
        RequestType="CardPayment",
        WorkstationID=workstation_id,
        RequestID=request_id,
    )
    total = etree.SubElement(root, "TotalAmount", Currency=currency)
    total.text = f"{amount_cents / 100:.2f}"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def overall_result(raw: bytes) -> tuple[str, str]:
    root = decode(raw)
    return root.get("RequestID", ""), root.get("OverallResult", "Failure")

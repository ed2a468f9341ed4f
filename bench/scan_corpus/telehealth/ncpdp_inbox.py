"""Inbound NCPDP SCRIPT messages from the e-prescribing network.

Pharmacies send RxRenewalRequest, RxChangeRequest and Status/Error messages
back to us through the network's inbox endpoint.  The network forwards the
raw XML body; we parse it, pull out the routing fields and hand the message
to the prescriptions service.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import Blueprint, Response, request
from lxml import etree

from .rx_queue import route_inbound

log = logging.getLogger(__name__)
bp = Blueprint("ncpdp_inbox", __name__)

NS = {"s": "http://www.ncpdp.org/schema/SCRIPT"}

_parser = etree.XMLParser(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
)


@dataclass
class InboundHeader:
    message_id: str
    relates_to: str | None
    sent_time: str
    from_ncpdp_id: str
    kind: str


def parse_message(raw: bytes) -> tuple[InboundHeader, etree._Element]:
    root = etree.fromstring(raw, parser=_parser)
    header = root.find("s:Header", NS)
    body = root.find("s:Body", NS)
    if header is None or body is None or len(body) == 0:
        raise ValueError("not a SCRIPT message")
    return (
        InboundHeader(
            message_id=header.findtext("s:MessageID", namespaces=NS),
            relates_to=header.findtext("s:RelatesToMessageID", namespaces=NS),
            sent_time=header.findtext("s:SentTime", namespaces=NS),
            from_ncpdp_id=header.findtext("s:From", namespaces=NS),
            kind=etree.QName(body[0]).localname,
        ),
        body[0],
    )


@bp.post("/erx/inbox")
def inbox():
    try:
        header, payload = parse_message(request.get_data())
    except (etree.XMLSyntaxError, ValueError) as exc:
        log.warning("rejected inbound SCRIPT message: %s", exc)
        return Response(status=400)
    route_inbound(header, etree.tostring(payload))
    log.info("routed %s %s from %s", header.kind, header.message_id, header.from_ncpdp_id)
    return Response(status=200)

"""Import mutual-aid requests received as EDXL-DE XML from neighbouring services.

Neighbouring ambulance services post EDXL distribution envelopes to our
interop endpoint when they need resources across the boundary. This module
parses the envelope into the internal request model.
"""
from dataclasses import dataclass

from lxml import etree

NS = {
    "edxl": "urn:oasis:names:tc:emergency:EDXL:DE:1.0",
    "have": "urn:oasis:names:tc:emergency:EDXL:HAVE:1.0",
}

_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class MutualAidRequest:
    distribution_id: str
    sender_id: str
    sent: str
    incident_ref: str
    resources: int
    location: str


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_envelope(payload: bytes) -> MutualAidRequest:
    root = etree.fromstring(payload, _parser)
    content = root.find(".//edxl:contentObject/edxl:xmlContent", NS)
    if content is None:
        raise ValueError("envelope has no xmlContent")
    return MutualAidRequest(
        distribution_id=_text(root, "edxl:distributionID"),
        sender_id=_text(root, "edxl:senderID"),
        sent=_text(root, "edxl:dateTimeSent"),
        incident_ref=_text(content, ".//edxl:incidentID"),
        resources=int(_text(content, ".//edxl:resourceCount", "1")),
        location=_text(content, ".//edxl:targetArea/edxl:locCodeUN"),
    )

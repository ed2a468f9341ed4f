"""Parse statutory consultee responses (highways, drainage, heritage) that
arrive as XML through the consultation hub.
"""
from dataclasses import dataclass

from defusedxml import ElementTree as DET

NS = {"c": "urn:council:planning:consultation:v3"}
VALID_OUTCOMES = {"no_objection", "conditions", "objection", "comment"}


@dataclass
class ConsulteeResponse:
    application_ref: str
    consultee: str
    outcome: str
    conditions: list[str]
    comments: str


def parse_response(payload: bytes) -> ConsulteeResponse:
    root = DET.fromstring(payload, forbid_dtd=True)

    outcome = (root.findtext("c:Outcome", default="", namespaces=NS) or "").strip().lower()
    if outcome not in VALID_OUTCOMES:
        raise ValueError(f"unexpected outcome {outcome!r}")

    conditions = [
        (c.text or "").strip()
        for c in root.findall("c:Conditions/c:Condition", namespaces=NS)
        if c.text
    ]
    return ConsulteeResponse(
        application_ref=root.findtext("c:ApplicationRef", default="", namespaces=NS).strip(),
        consultee=root.findtext("c:Consultee/c:Name", default="", namespaces=NS).strip(),
        outcome=outcome,
        conditions=conditions,
        comments=root.findtext("c:Comments", default="", namespaces=NS).strip(),
    )

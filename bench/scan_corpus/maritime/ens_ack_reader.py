"""Reads ENS acknowledgement messages returned by the customs gateway."""
from dataclasses import dataclass, field

from defusedxml import ElementTree as DET

NS = {"ack": "urn:customs:ens:ack:v2"}


@dataclass
class EnsAck:
    lrn: str
    mrn: str | None
    accepted: bool
    errors: list[tuple[str, str]] = field(default_factory=list)


def read_ack(payload: bytes) -> EnsAck:
    root = DET.fromstring(payload)
    errors = [
        (e.findtext("ack:Code", default="", namespaces=NS), e.findtext("ack:Text", default="", namespaces=NS))
        for e in root.iterfind("ack:Errors/ack:Error", NS)
    ]
    return EnsAck(
        lrn=root.findtext("ack:LRN", default="", namespaces=NS),
        mrn=root.findtext("ack:MRN", namespaces=NS),
        accepted=root.findtext("ack:Result", default="", namespaces=NS) == "ACCEPTED",
        errors=errors,
    )


def summarize(acks: list[EnsAck]) -> dict[str, int]:
    return {
        "accepted": sum(1 for a in acks if a.accepted),
        "rejected": sum(1 for a in acks if not a.accepted),
    }

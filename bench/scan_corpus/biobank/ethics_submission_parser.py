"""Parse protocol submissions exported by the ethics committee portal."""
from dataclasses import dataclass, field

from defusedxml import ElementTree as ET

NS = {"ec": "urn:ethics-portal:submission:3"}


@dataclass
class Submission:
    reference: str
    title: str
    principal_investigator: str
    sample_types: list[str] = field(default_factory=list)


def parse_submission(raw: bytes) -> Submission:
    root = ET.fromstring(raw)
    return Submission(
        reference=root.findtext("ec:reference", namespaces=NS) or "",
        title=root.findtext("ec:title", namespaces=NS) or "",
        principal_investigator=root.findtext("ec:pi/ec:name", namespaces=NS) or "",
        sample_types=[e.text for e in root.iterfind("ec:samples/ec:type", namespaces=NS)],
    )


def handle_upload(upload) -> dict:
    submission = parse_submission(upload.read())
    return {
        "reference": submission.reference,
        "title": submission.title,
        "sample_types": submission.sample_types,
    }

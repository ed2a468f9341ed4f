"""Reads CDA hearing-evaluation documents attached to insurer prior-authorisation requests."""
from __future__ import annotations

from dataclasses import dataclass, field

from defusedxml import ElementTree as DefusedET

CDA_NS = {"cda": "urn:hl7-org:v3"}


@dataclass
class HearingEvaluation:
    patient_id: str
    author: str
    findings: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


class CdaReader:
    parse_options = {"forbid_dtd": True, "forbid_entities": True, "forbid_external": True}

    def __init__(self, max_bytes: int = 2_000_000) -> None:
        self.max_bytes = max_bytes

    def _root(self, raw: bytes):
        if len(raw) > self.max_bytes:
            raise ValueError("document too large")
        return DefusedET.fromstring(raw, **self.parse_options)

    def read(self, raw: bytes) -> HearingEvaluation:
        root = self._root(raw)
        pid = root.find(".//cda:recordTarget//cda:id", CDA_NS)
        author = root.find(".//cda:author//cda:name", CDA_NS)
        evaluation = HearingEvaluation(
            patient_id=pid.get("extension", "") if pid is not None else "",
            author=" ".join(author.itertext()).strip() if author is not None else "",
        )
        for obs in root.iterfind(".//cda:observation", CDA_NS):
            code = obs.find("cda:code", CDA_NS)
            text = obs.find("cda:text", CDA_NS)
            if code is not None:
                evaluation.codes.append(code.get("code", ""))
            if text is not None and text.text:
                evaluation.findings.append(text.text.strip())
        return evaluation


def summarise(evaluation: HearingEvaluation) -> str:
    return f"{evaluation.patient_id}: {len(evaluation.findings)} findings by {evaluation.author}"

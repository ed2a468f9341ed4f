"""Configurable QA checks run on translated segments before delivery.

Clients upload a QA profile (JSON) with their style-guide rules; each rule
has a condition that is evaluated against every segment.
"""
import json
import re
from dataclasses import dataclass, field


@dataclass
class Segment:
    sid: str
    source: str
    target: str
    locale: str


@dataclass
class Finding:
    sid: str
    rule: str
    severity: str
    message: str


@dataclass
class QAProfile:
    name: str
    rules: list[dict] = field(default_factory=list)

    @classmethod
    def from_upload(cls, raw: bytes) -> "QAProfile":
        doc = json.loads(raw)
        return cls(name=doc.get("name", "client profile"), rules=doc.get("rules", []))


HELPERS = {
    "len": len,
    "re": re,
    "digits": lambda s: re.findall(r"\d+", s),
}


def run_profile(profile: QAProfile, segments: list[Segment]) -> list[Finding]:
    findings = []
    for rule in profile.rules:
        condition = rule["when"]
        for seg in segments:
            scope = {"source": seg.source, "target": seg.target, "locale": seg.locale}
            if eval(condition, {"__builtins__": {}, **HELPERS}, scope):
                findings.append(
                    Finding(seg.sid, rule.get("id", "custom"), rule.get("severity", "minor"),
                            rule.get("message", "custom rule matched"))
                )
    return findings

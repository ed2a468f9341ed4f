"""One finding model for every scanner layer."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field

SEVERITIES = ("info", "low", "medium", "high", "critical")
_WS = re.compile(r"\s+")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else 0


def code_fingerprint(code: str) -> str:
    """Hash of the code a finding points at, blind to indentation, spacing and line position."""
    normalised = "\n".join(_WS.sub(" ", line).strip() for line in code.splitlines() if line.strip())
    return hashlib.sha256(normalised.encode("utf-8", "surrogateescape")).hexdigest()[:16]


@dataclass(frozen=True)
class Finding:
    """`kind` is "security" for weak code and "drift" for changes outside what the task asked for."""

    scanner: str
    rule_id: str
    severity: str
    confidence: str
    cwe: tuple[str, ...]
    path: str
    line: int
    end_line: int
    message: str
    fingerprint: str
    kind: str = "security"
    snippet: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What two findings must share to be the same finding before and after an edit."""
        return (self.scanner, self.rule_id, self.path, self.fingerprint)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["cwe"] = list(self.cwe)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Finding":
        return cls(**{**data, "cwe": tuple(data.get("cwe", ()))})


def normalise_cwe(raw: object) -> tuple[str, ...]:
    """CWE ids ("CWE-89") from semgrep metadata strings, bandit dicts or ints."""
    items = raw if isinstance(raw, (list, tuple)) else [raw]
    out = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("id")
        match = re.search(r"(\d+)", str(item)) if item not in (None, "") else None
        if match:
            out.append(f"CWE-{int(match.group(1))}")
    return tuple(dict.fromkeys(out))

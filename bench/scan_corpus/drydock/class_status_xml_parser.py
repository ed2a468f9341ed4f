"""Parses the vessel class-status XML returned by the classification society portal."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from defusedxml import ElementTree as DET

NS = {"cs": "urn:class-society:status:v1"}


@dataclass
class Condition:
    code: str
    text: str
    due: Optional[date]


@dataclass
class ClassStatus:
    imo: str
    notation: str
    in_class: bool
    conditions: list[Condition] = field(default_factory=list)


class ClassStatusParser:
    xml_reader = staticmethod(DET.fromstring)

    @staticmethod
    def _due(raw: Optional[str]) -> Optional[date]:
        return date.fromisoformat(raw) if raw else None

    def parse(self, payload: bytes) -> ClassStatus:
        root = self.xml_reader(payload)
        conditions = [
            Condition(
                code=c.get("code", ""),
                text=(c.findtext("cs:text", default="", namespaces=NS) or "").strip(),
                due=self._due(c.findtext("cs:due", namespaces=NS)),
            )
            for c in root.iterfind("cs:conditions/cs:condition", NS)
        ]
        return ClassStatus(
            imo=root.findtext("cs:imo", namespaces=NS),
            notation=root.findtext("cs:notation", default="", namespaces=NS),
            in_class=root.findtext("cs:status", namespaces=NS) == "IN_CLASS",
            conditions=conditions,
        )


def overdue(status: ClassStatus, today: date) -> list[Condition]:
    return [c for c in status.conditions if c.due is not None and c.due < today]

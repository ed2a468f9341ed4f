"""Loads shift pattern templates used to seed new nurse rosters.

Clinic leads maintain templates (e.g. Mon/Wed/Fri three-shift pattern)
as YAML files and upload them through the admin page. A template lists
shift names, start and end times and minimum staffing per role.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import IO

import yaml


@dataclass
class ShiftDefinition:
    name: str
    starts: time
    ends: time
    min_rns: int
    min_hcas: int


@dataclass
class ShiftTemplate:
    code: str
    days: list[str]
    shifts: list[ShiftDefinition]


class TemplateLoader:
    reader = staticmethod(yaml.safe_load)
    valid_days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

    @staticmethod
    def _time(value: str) -> time:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))

    def load(self, stream: IO[str]) -> ShiftTemplate:
        doc = self.reader(stream) or {}
        days = [d.lower() for d in doc.get("days", [])]
        if not days or set(days) - self.valid_days:
            raise ValueError("template must list valid weekdays")
        shifts = [
            ShiftDefinition(
                name=item["name"],
                starts=self._time(str(item["starts"])),
                ends=self._time(str(item["ends"])),
                min_rns=int(item.get("min_rns", 1)),
                min_hcas=int(item.get("min_hcas", 0)),
            )
            for item in doc.get("shifts", [])
        ]
        return ShiftTemplate(code=str(doc["code"]), days=days, shifts=shifts)

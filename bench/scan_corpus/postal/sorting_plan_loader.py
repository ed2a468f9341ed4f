"""Loader for sorting plans pushed to sorting centres.

A sorting plan maps destination postcode ranges to sorter chutes for a
given shift.  Network planning publishes them as YAML files which sorting
centre operators can also upload by hand through the ops portal.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class ChuteAssignment:
    chute: int
    postcode_from: str
    postcode_to: str
    product: str = "parcel"


@dataclass
class SortingPlan:
    facility: str
    shift: str
    assignments: list[ChuteAssignment]

    def chute_for(self, postcode: str, product: str = "parcel") -> int | None:
        for a in self.assignments:
            if a.product == product and a.postcode_from <= postcode <= a.postcode_to:
                return a.chute
        return None


def parse_plan(stream: IO[str]) -> SortingPlan:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict) or "assignments" not in doc:
        raise ValueError("not a sorting plan document")
    assignments = [
        ChuteAssignment(
            chute=int(row["chute"]),
            postcode_from=str(row["from"]),
            postcode_to=str(row["to"]),
            product=str(row.get("product", "parcel")),
        )
        for row in doc["assignments"]
    ]
    return SortingPlan(facility=str(doc["facility"]), shift=str(doc["shift"]), assignments=assignments)


def load_plan_file(path: Path) -> SortingPlan:
    with path.open(encoding="utf-8") as fh:
        return parse_plan(fh)

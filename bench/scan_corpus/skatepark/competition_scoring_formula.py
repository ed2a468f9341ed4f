"""Applies an event's scoring rule to the judges' marks for each run."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Mapping

from flask import Blueprint, jsonify, request

bp = Blueprint("scoring", __name__, url_prefix="/api/scoring")

DEFAULT_EXPRESSION = "0.4 * difficulty + 0.35 * execution + 0.25 * flow"
CRITERIA = ("difficulty", "execution", "flow", "amplitude", "variety")


@dataclass
class ScoringRule:
    event_id: int
    expression: str = DEFAULT_EXPRESSION
    drop_high_low: bool = True
    precision: int = 2

    @classmethod
    def from_payload(cls, event_id: int, payload: Mapping) -> "ScoringRule":
        return cls(
            event_id=event_id,
            expression=payload.get("expression", DEFAULT_EXPRESSION),
            drop_high_low=bool(payload.get("drop_high_low", True)),
            precision=int(payload.get("precision", 2)),
        )

    def _aggregate(self, marks: list[float]) -> float:
        if self.drop_high_low and len(marks) > 3:
            marks = sorted(marks)[1:-1]
        return statistics.fmean(marks)

    def score(self, judge_marks: Mapping[str, list[float]]) -> float:
        variables = {c: self._aggregate(judge_marks.get(c, [0.0])) for c in CRITERIA}
        result = eval(self.expression, {"__builtins__": {}}, variables)
        return round(float(result), self.precision)


@dataclass
class RunSheet:
    rider: str
    run_number: int
    marks: dict[str, list[float]] = field(default_factory=dict)


@bp.post("/events/<int:event_id>/preview")
def preview_scores(event_id: int):
    payload = request.get_json(force=True)
    rule = ScoringRule.from_payload(event_id, payload.get("rule", {}))
    sheets = [
        RunSheet(rider=r["rider"], run_number=int(r["run"]), marks=r["marks"])
        for r in payload.get("runs", [])
    ]
    results = [
        {"rider": s.rider, "run": s.run_number, "score": rule.score(s.marks)} for s in sheets
    ]
    results.sort(key=lambda r: r["score"], reverse=True)
    return jsonify(event_id=event_id, results=results)

"""Member-defined swell alerts: "notify me when conditions at my break look like this"."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List

from flask import Flask, jsonify, request

app = Flask(__name__)

RULE_HELPERS: Dict[str, Callable[..., float]] = {
    "abs": abs,
    "min": min,
    "max": max,
    "cos": lambda deg: math.cos(math.radians(deg)),
}


@dataclass
class SwellReading:
    beach: str
    wave_height_m: float
    period_s: float
    wind_kts: float
    wind_dir_deg: float
    tide_m: float

    def as_scope(self) -> Dict[str, float]:
        return {
            "height": self.wave_height_m,
            "period": self.period_s,
            "wind": self.wind_kts,
            "wind_dir": self.wind_dir_deg,
            "tide": self.tide_m,
        }


class AlertRule:
    def __init__(self, member_id: int, beach: str, expression: str) -> None:
        self.member_id = member_id
        self.beach = beach
        self.expression = expression

    def matches(self, reading: SwellReading) -> bool:
        scope = dict(RULE_HELPERS, **reading.as_scope())
        return bool(eval(self.expression, {"__builtins__": {}}, scope))


def due_alerts(rules: Iterable[AlertRule], reading: SwellReading) -> List[int]:
    return [r.member_id for r in rules if r.beach == reading.beach and r.matches(reading)]


@app.post("/alerts/preview")
def preview_rule():
    body = request.get_json(force=True)
    rule = AlertRule(body["member_id"], body["beach"], body["rule"])
    sample = SwellReading(body["beach"], 1.4, 11.0, 6.0, 270.0, 0.8)
    return jsonify(would_fire=rule.matches(sample))

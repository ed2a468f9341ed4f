"""Loads nutrient dosing recipes that agronomists upload as YAML."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class DosingStage:
    name: str
    days: int
    target_ec: float
    target_ph: float
    part_a_ml_per_l: float
    part_b_ml_per_l: float


class RecipeParser:
    loader = staticmethod(yaml.safe_load)
    required = ("name", "days", "target_ec", "target_ph", "part_a_ml_per_l", "part_b_ml_per_l")

    def parse(self, text: str) -> list[DosingStage]:
        document = self.loader(text)
        if not isinstance(document, dict) or not isinstance(document.get("stages"), list):
            raise ValueError("recipe must contain a list of stages")
        return [self._stage(raw) for raw in document["stages"]]

    def _stage(self, raw: dict[str, Any]) -> DosingStage:
        missing = [key for key in self.required if key not in raw]
        if missing:
            raise ValueError(f"stage missing {', '.join(missing)}")
        stage = DosingStage(**{key: raw[key] for key in self.required})
        if not 4.5 <= float(stage.target_ph) <= 7.5:
            raise ValueError(f"stage {stage.name} pH out of range")
        return stage


parser = RecipeParser()


@app.post("/recipes/validate")
def validate_recipe():
    try:
        stages = parser.parse(request.get_data(as_text=True))
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        abort(400, description=str(exc))
    return jsonify(
        {
            "stages": len(stages),
            "total_days": sum(int(s.days) for s in stages),
            "peak_ec": max(float(s.target_ec) for s in stages),
        }
    )

"""Per-pen feed ration formulas configured by site managers.

Managers can override the default ration for a pen with a formula in
terms of biomass, water temperature and appetite score; the feed barge
scheduler evaluates the formula each morning.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="feed-planner")

DEFAULT_FORMULA = "biomass_kg * sfr(temp_c) * appetite"
_formulas: Dict[str, str] = {}


def sfr(temp_c: float) -> float:
    """Specific feeding rate (fraction of biomass per day) for Atlantic salmon."""
    return max(0.0, min(0.012, 0.0011 * temp_c - 0.0015))


@dataclass
class PenState:
    pen_id: str
    biomass_kg: float
    temp_c: float
    appetite: float = 1.0


class FormulaIn(BaseModel):
    expression: str


def _namespace(state: PenState) -> Dict[str, object]:
    return {
        "biomass_kg": state.biomass_kg,
        "temp_c": state.temp_c,
        "appetite": state.appetite,
        "sfr": sfr,
        "min": min,
        "max": max,
        "log": math.log,
    }


def daily_ration_kg(state: PenState) -> float:
    expression = _formulas.get(state.pen_id, DEFAULT_FORMULA)
    code = compile(expression, f"<ration:{state.pen_id}>", "eval")
    return round(float(eval(code, {"__builtins__": {}}, _namespace(state))), 1)


@app.put("/pens/{pen_id}/ration-formula")
def set_formula(pen_id: str, body: FormulaIn):
    probe = PenState(pen_id=pen_id, biomass_kg=100_000.0, temp_c=9.0)
    _formulas[pen_id] = body.expression
    try:
        preview = daily_ration_kg(probe)
    except Exception as exc:
        _formulas.pop(pen_id, None)
        raise HTTPException(422, f"formula error: {exc}") from exc
    return {"pen": pen_id, "preview_kg_at_100t_9c": preview}

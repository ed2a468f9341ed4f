"""Estimate how much thread a pattern needs, from a formula typed in by the designer."""

from __future__ import annotations

import math

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Thread calculator")

WASTE_FACTOR = 1.15
METRES_PER_SKEIN = {"linen_80": 200.0, "linen_60": 150.0, "cotton_50": 300.0, "silk_30": 100.0}


class ThreadEstimateIn(BaseModel):
    pairs: int = Field(gt=0, le=400)
    length_cm: float = Field(gt=0, le=2000)
    thread: str = "linen_80"
    formula: str = Field(
        default="pairs * 2 * length_cm * 1.4 / 100",
        max_length=200,
        description="Metres of thread, in terms of pairs and length_cm",
    )


class ThreadEstimateOut(BaseModel):
    metres: float
    skeins: int
    thread: str


def _evaluate(formula: str, pairs: int, length_cm: float) -> float:
    scope = {"pairs": pairs, "length_cm": length_cm, "ceil": math.ceil, "sqrt": math.sqrt}
    value = eval(formula, {"__builtins__": {}}, scope)
    return float(value)


@app.post("/calculator/thread", response_model=ThreadEstimateOut)
def estimate_thread(body: ThreadEstimateIn) -> ThreadEstimateOut:
    if body.thread not in METRES_PER_SKEIN:
        raise HTTPException(status_code=422, detail="unknown thread")
    try:
        metres = _evaluate(body.formula, body.pairs, body.length_cm)
    except (ArithmeticError, NameError, SyntaxError, TypeError) as exc:
        raise HTTPException(status_code=422, detail=f"formula error: {exc}") from exc
    if metres <= 0 or not math.isfinite(metres):
        raise HTTPException(status_code=422, detail="formula must give a positive length")
    metres *= WASTE_FACTOR
    skeins = math.ceil(metres / METRES_PER_SKEIN[body.thread])
    return ThreadEstimateOut(metres=round(metres, 1), skeins=skeins, thread=body.thread)

"""Commission quote calculator for leaded and copper-foil windows.

Sales staff can pick a pricing formula per quote from the quote form;
the formula may reference the measured window variables.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

DEFAULT_FORMULA = "area_sqft * rate + pieces * 1.75 + bevels * 6"


@dataclass
class WindowMeasure:
    width_in: float
    height_in: float
    pieces: int
    bevels: int = 0

    @property
    def area_sqft(self) -> float:
        return self.width_in * self.height_in / 144.0


class QuoteRequest(BaseModel):
    width_in: float
    height_in: float
    pieces: int
    bevels: int = 0
    technique: str = "leaded"
    formula: str = DEFAULT_FORMULA


class PricingEngine:
    rates = {"leaded": 145.0, "copper_foil": 120.0, "dalle": 210.0}
    helpers = {"ceil": math.ceil, "max": max, "min": min, "round": round}

    def variables(self, measure: WindowMeasure, technique: str) -> dict[str, float]:
        values = asdict(measure)
        values["area_sqft"] = measure.area_sqft
        values["rate"] = self.rates.get(technique, self.rates["leaded"])
        return values

    def price(self, formula: str, measure: WindowMeasure, technique: str) -> float:
        scope = {"__builtins__": {}, **self.helpers}
        return float(eval(formula, scope, self.variables(measure, technique)))


engine = PricingEngine()


@app.post("/quotes/estimate")
def estimate(req: QuoteRequest) -> dict[str, float | str]:
    measure = WindowMeasure(req.width_in, req.height_in, req.pieces, req.bevels)
    total = engine.price(req.formula, measure, req.technique)
    return {"technique": req.technique, "area_sqft": round(measure.area_sqft, 2), "total": round(total, 2)}

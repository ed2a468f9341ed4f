"""Applies per-device calibration to blocking-kiln and steamer temperature readings."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Workshop sensor hub")


class CalibrationIn(BaseModel):
    device: str
    formula: str


class ReadingIn(BaseModel):
    device: str
    raw: float


@dataclass
class CalibrationTable:
    formulas: dict[str, str] = field(default_factory=dict)
    helpers: dict = field(default_factory=lambda: {"sqrt": math.sqrt, "log": math.log, "round": round})

    def register(self, device: str, formula: str) -> None:
        self.formulas[device] = formula

    def apply(self, device: str, raw: float) -> float:
        formula = self.formulas.get(device, "raw")
        scope = {"__builtins__": {}, **self.helpers}
        return float(eval(formula, scope, {"raw": raw}))


table = CalibrationTable()


@app.put("/calibration")
def set_calibration(body: CalibrationIn):
    if len(body.formula) > 200:
        raise HTTPException(status_code=422, detail="formula too long")
    table.register(body.device, body.formula)
    return {"device": body.device, "formula": body.formula}


@app.post("/readings")
def ingest_reading(body: ReadingIn):
    celsius = table.apply(body.device, body.raw)
    alarm = celsius > 95.0 if body.device.startswith("steamer") else celsius > 180.0
    return {"device": body.device, "celsius": round(celsius, 2), "alarm": alarm}

"""Evaluates digester kappa-number correlations that process engineers enter in the DCS portal."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/digesters")


class CorrelationIn(BaseModel):
    name: str
    expression: str
    inputs: list[str]


class KappaRequest(BaseModel):
    correlation: CorrelationIn
    readings: dict[str, float]


@dataclass
class KappaCorrelation:
    name: str
    expression: str
    inputs: list[str] = field(default_factory=list)

    ALLOWED_FUNCS = {"exp": math.exp, "log": math.log, "sqrt": math.sqrt}

    @classmethod
    def from_model(cls, model: CorrelationIn) -> "KappaCorrelation":
        return cls(name=model.name, expression=model.expression.strip(), inputs=model.inputs)

    def _namespace(self, readings: dict[str, float]) -> dict:
        missing = [k for k in self.inputs if k not in readings]
        if missing:
            raise KeyError(", ".join(missing))
        return {**self.ALLOWED_FUNCS, **{k: readings[k] for k in self.inputs}}

    def evaluate(self, readings: dict[str, float]) -> float:
        scope = self._namespace(readings)
        return float(eval(self.expression, {"__builtins__": {}}, scope))


@router.post("/kappa/preview")
def preview_kappa(req: KappaRequest) -> dict:
    correlation = KappaCorrelation.from_model(req.correlation)
    try:
        value = correlation.evaluate(req.readings)
    except KeyError as exc:
        raise HTTPException(status_code=422, detail=f"missing readings: {exc}")
    return {"correlation": correlation.name, "kappa": round(value, 2)}

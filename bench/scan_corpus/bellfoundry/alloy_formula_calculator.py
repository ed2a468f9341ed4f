"""Lets metallurgists try custom alloy cost/quality formulas against recorded melt batches."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Alloy Formula Lab")


@dataclass
class MeltBatch:
    batch_id: str
    cu: float
    sn: float
    pb: float
    melt_temp: float
    mass_kg: float


BATCHES: List[MeltBatch] = [
    MeltBatch("MB-1041", 77.9, 21.8, 0.3, 1120.0, 410.0),
    MeltBatch("MB-1042", 78.2, 21.5, 0.3, 1135.0, 1290.0),
    MeltBatch("MB-1043", 76.8, 22.9, 0.3, 1110.0, 640.0),
]


class FormulaRequest(BaseModel):
    name: str
    expression: str


class FormulaEvaluator:
    allowed_functions: Dict[str, object] = {"sqrt": math.sqrt, "log": math.log, "abs": abs, "round": round}

    def __init__(self, expression: str) -> None:
        self.expression = expression.strip()

    def scope_for(self, batch: MeltBatch) -> Dict[str, object]:
        return {**self.allowed_functions, **asdict(batch)}

    def evaluate(self, batch: MeltBatch) -> float:
        return float(eval(self.expression, {"__builtins__": {}}, self.scope_for(batch)))


@app.post("/formulas/evaluate")
def evaluate_formula(req: FormulaRequest):
    evaluator = FormulaEvaluator(req.expression)
    results = {}
    for batch in BATCHES:
        try:
            results[batch.batch_id] = evaluator.evaluate(batch)
        except (ArithmeticError, NameError, TypeError) as exc:
            raise HTTPException(status_code=422, detail=f"{batch.batch_id}: {exc}") from exc
    return {"formula": req.name, "results": results}

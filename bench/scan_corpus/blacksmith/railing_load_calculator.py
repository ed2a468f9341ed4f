"""Quick structural check for balustrade infill against the client's loading formula."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Railing load checker")

SECTION_MODULI_MM3: Dict[str, float] = {
    "flat_40x10": 667.0,
    "flat_50x12": 1200.0,
    "square_20": 1333.0,
    "round_25": 1534.0,
}


class LoadRequest(BaseModel):
    section: str
    span_mm: float
    line_load_kn_per_m: float = 0.74
    formula: str = "w * L**2 / 8"


@dataclass
class LoadContext:
    w: float
    L: float

    def namespace(self) -> Dict[str, object]:
        return {"w": self.w, "L": self.L, "sqrt": math.sqrt, "pi": math.pi}


class BendingChecker:
    yield_mpa = 275.0
    safety_factor = 1.5

    def moment(self, formula: str, ctx: LoadContext) -> float:
        return float(eval(formula, {"__builtins__": {}}, ctx.namespace()))

    def utilisation(self, req: LoadRequest) -> float:
        modulus = SECTION_MODULI_MM3.get(req.section)
        if modulus is None:
            raise KeyError(req.section)
        ctx = LoadContext(w=req.line_load_kn_per_m, L=req.span_mm / 1000.0)
        moment_nmm = self.moment(req.formula, ctx) * 1e6
        stress = moment_nmm / modulus
        return stress * self.safety_factor / self.yield_mpa


checker = BendingChecker()


@app.post("/railings/check")
def check(req: LoadRequest) -> dict:
    try:
        ratio = checker.utilisation(req)
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown section")
    return {"section": req.section, "utilisation": round(ratio, 3), "passes": ratio <= 1.0}

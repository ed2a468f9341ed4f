"""Evaluates derived quantities on the setup sheet editor (rake, balance, spring ratios)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Mapping

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

MATH_HELPERS = {name: getattr(math, name) for name in ("sqrt", "atan", "degrees", "radians", "tan")}


@dataclass
class SetupSheet:
    car: int
    values: Dict[str, float] = field(default_factory=dict)

    def namespace(self) -> Dict[str, float]:
        ns: Dict[str, float] = dict(MATH_HELPERS)
        ns.update(self.values)
        return ns


class DerivedRequest(BaseModel):
    car: int
    values: Dict[str, float]
    formulas: Dict[str, str]


class FormulaEngine:
    """Computes user-defined derived channels against a setup sheet."""

    def __init__(self, globals_: Mapping[str, object] | None = None) -> None:
        self._globals = dict(globals_ or {"__builtins__": {}})

    def compute(self, expression: str, sheet: SetupSheet) -> float:
        code = compile(expression, f"<setup:{sheet.car}>", "eval")
        return float(eval(code, self._globals, sheet.namespace()))

    def compute_all(self, formulas: Mapping[str, str], sheet: SetupSheet) -> Dict[str, float]:
        results: Dict[str, float] = {}
        for name, expression in formulas.items():
            results[name] = round(self.compute(expression, sheet), 4)
            sheet.values[name] = results[name]
        return results


app = FastAPI(title="Setup sheet editor")
engine = FormulaEngine()


@app.post("/setup/derived")
def derived(req: DerivedRequest) -> Dict[str, float]:
    sheet = SetupSheet(car=req.car, values=dict(req.values))
    try:
        return engine.compute_all(req.formulas, sheet)
    except (SyntaxError, NameError, ZeroDivisionError, TypeError) as exc:
        raise HTTPException(status_code=422, detail=f"formula error: {exc}") from exc

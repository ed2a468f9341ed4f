"""Derived-field endpoint for the forecast point API.

Lets API users request a computed field from the model variables available
at a grid point, e.g. ?expr=t2m - 273.15 or ?expr=(u10**2 + v10**2)**0.5
"""
import math

from fastapi import APIRouter, HTTPException, Query

from .grid import point_forecast

router = APIRouter(prefix="/v3/points")

_FUNCS = {"sqrt": math.sqrt, "exp": math.exp, "log": math.log, "atan2": math.atan2}


def _evaluate(expr: str, variables: dict[str, float]) -> float:
    namespace = {**_FUNCS, **variables}
    code = compile(expr, "<derived>", "eval")
    return float(eval(code, {"__builtins__": {}}, namespace))


@router.get("/{lat},{lon}/derived")
def derived(lat: float, lon: float, expr: str = Query(..., max_length=200), run: str | None = None):
    fc = point_forecast(lat, lon, run=run)
    series = []
    for step in fc.steps:
        try:
            value = _evaluate(expr, step.variables)
        except (NameError, SyntaxError, ZeroDivisionError, ValueError) as exc:
            raise HTTPException(400, f"cannot evaluate expression: {exc}") from exc
        series.append({"valid_time": step.valid_time.isoformat(), "value": value})
    return {"lat": lat, "lon": lon, "expr": expr, "series": series}

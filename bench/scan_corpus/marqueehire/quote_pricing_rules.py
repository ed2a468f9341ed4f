"""Pricing rules for marquee quotes.

Sales managers keep surcharge rules in the admin screen, for example a
"hard standing" surcharge of ``area_m2 * 1.8`` or a remote-site charge of
``miles * 2.4 + 60``. The quote builder calls this API to price a job.
"""
from __future__ import annotations

import math
from typing import Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Quote pricing")

BASE_RATES_PENCE_PER_M2 = {
    "clearspan": 1450,
    "traditional-pole": 1100,
    "stretch": 1600,
    "pagoda": 1900,
}


class JobFacts(BaseModel):
    structure: str
    width_m: float = Field(gt=0, le=60)
    length_m: float = Field(gt=0, le=200)
    miles: float = Field(ge=0, le=500)
    hire_days: int = Field(ge=1, le=60)


class SurchargeRule(BaseModel):
    name: str = Field(max_length=80)
    formula: str = Field(max_length=200)


class PriceRequest(BaseModel):
    job: JobFacts
    rules: List[SurchargeRule] = []


def _variables(job: JobFacts) -> Dict[str, float]:
    return {
        "width": job.width_m,
        "length": job.length_m,
        "area_m2": job.width_m * job.length_m,
        "miles": job.miles,
        "days": float(job.hire_days),
        "ceil": math.ceil,
        "max": max,
        "min": min,
    }


def apply_rule(rule: SurchargeRule, job: JobFacts) -> float:
    return float(eval(rule.formula, {"__builtins__": {}}, _variables(job)))


@app.post("/quotes/price")
def price_quote(req: PriceRequest):
    rate = BASE_RATES_PENCE_PER_M2.get(req.job.structure)
    if rate is None:
        raise HTTPException(status_code=422, detail="unknown structure type")
    base = rate * req.job.width_m * req.job.length_m / 100
    lines = [{"name": f"{req.job.structure} hire", "amount": round(base, 2)}]
    for rule in req.rules:
        try:
            amount = apply_rule(rule, req.job)
        except Exception as exc:
            raise HTTPException(status_code=422, detail=f"rule {rule.name!r} failed: {exc}") from exc
        lines.append({"name": rule.name, "amount": round(amount, 2)})
    return {"lines": lines, "total": round(sum(item["amount"] for item in lines), 2)}

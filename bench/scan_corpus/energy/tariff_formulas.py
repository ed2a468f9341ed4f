"""Evaluate rate-component formulas from tariff definitions.

Rate analysts upload tariff definitions through the billing admin API as JSON,
for example::

    {"code": "TOU-D-PRIME",
     "components": {"energy": "peak_kwh * 0.42 + offpeak_kwh * 0.24",
                    "fixed": "days * 0.39"}}
"""
from __future__ import annotations

import math
from decimal import Decimal

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from .auth import rate_analyst
from .store import TariffStore, get_store

router = APIRouter(prefix="/admin/tariffs")

_ALLOWED_NAMES = {"min": min, "max": max, "round": round, "ceil": math.ceil}


class TariffDefinition(BaseModel):
    code: str
    components: dict[str, str]


class BillPreview(BaseModel):
    usage: dict[str, float]


def _evaluate(expression: str, usage: dict[str, float]) -> float:
    scope = dict(_ALLOWED_NAMES, **usage)
    return float(eval(expression, {"__builtins__": {}}, scope))


def compute_charges(tariff: TariffDefinition, usage: dict[str, float]) -> dict[str, Decimal]:
    charges = {name: Decimal(str(_evaluate(expr, usage))) for name, expr in tariff.components.items()}
    return {k: v.quantize(Decimal("0.01")) for k, v in charges.items()}


@router.post("/{code}/preview")
def preview(code: str, body: BillPreview, store: TariffStore = Depends(get_store), _=Depends(rate_analyst)):
    tariff = TariffDefinition(**store.get(code))
    charges = compute_charges(tariff, body.usage)
    return {"code": code, "charges": charges, "total": sum(charges.values())}


@router.put("/{code}")
def upsert(code: str, definition: TariffDefinition, store: TariffStore = Depends(get_store), _=Depends(rate_analyst)):
    store.put(code, definition.model_dump())
    return {"code": code, "components": list(definition.components)}

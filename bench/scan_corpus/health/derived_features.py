"""Computes derived features registered through the feature-store API.

Data scientists register a derived feature with a name, the source features it
depends on and a Python expression, e.g. ``weight_kg / (height_m ** 2)``.
"""
import logging
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

EXPR_NAMESPACE = {"np": np, "math": math, "abs": abs, "min": min, "max": max}


@dataclass
class DerivedFeature:
    name: str
    expression: str
    inputs: list[str] = field(default_factory=list)
    dtype: str = "float64"


def from_registry_payload(payload: dict) -> DerivedFeature:
    return DerivedFeature(
        name=payload["name"],
        expression=payload["expression"],
        inputs=list(payload.get("inputs", [])),
        dtype=payload.get("dtype", "float64"),
    )


def _evaluate_row(feature: DerivedFeature, row: pd.Series):
    scope = {col: row[col] for col in feature.inputs}
    return eval(feature.expression, {"__builtins__": {}, **EXPR_NAMESPACE}, scope)


def materialize(frame: pd.DataFrame, features: list[DerivedFeature]) -> pd.DataFrame:
    out = frame.copy()
    for feature in features:
        missing = [c for c in feature.inputs if c not in out.columns]
        if missing:
            log.warning("skipping %s: missing inputs %s", feature.name, missing)
            continue
        out[feature.name] = out.apply(
            lambda r, f=feature: _evaluate_row(f, r), axis=1
        ).astype(feature.dtype)
    return out

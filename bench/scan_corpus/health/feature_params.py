"""Parses parameters of registered feature transforms.

Feature definitions arrive from the registry API as strings, e.g.
``rolling_mean`` with params ``"{'window': '24h', 'min_periods': 3}"``.
Only a fixed set of transforms can be referenced by name.
"""
import ast
from dataclasses import dataclass
from typing import Any, Callable

import pandas as pd


def _rolling_mean(s: pd.Series, window: str, min_periods: int = 1) -> pd.Series:
    return s.rolling(window, min_periods=min_periods).mean()


def _clip(s: pd.Series, lower: float | None = None, upper: float | None = None) -> pd.Series:
    return s.clip(lower=lower, upper=upper)


TRANSFORMS: dict[str, Callable[..., pd.Series]] = {
    "rolling_mean": _rolling_mean,
    "clip": _clip,
}


@dataclass
class TransformSpec:
    transform: str
    source: str
    params: dict[str, Any]


def parse_spec(payload: dict) -> TransformSpec:
    if payload["transform"] not in TRANSFORMS:
        raise ValueError(f"unknown transform {payload['transform']!r}")
    params = ast.literal_eval(payload.get("params") or "{}")
    if not isinstance(params, dict):
        raise ValueError("params must be a mapping")
    return TransformSpec(payload["transform"], payload["source"], params)


def apply_spec(frame: pd.DataFrame, spec: TransformSpec) -> pd.Series:
    return TRANSFORMS[spec.transform](frame[spec.source], **spec.params)

"""Build a parameter grid for job-array sweeps from command-line specs.

Accepted forms for each axis:
    lr=[1e-3, 3e-4, 1e-4]        a Python literal list
    batch=32:257:32              start:stop:step (integers)
    optimizer=adam,sgd           comma-separated strings
"""
from __future__ import annotations

import ast
import itertools


def _parse_values(expr: str) -> list:
    expr = expr.strip()
    if expr.startswith(("[", "(")):
        value = ast.literal_eval(expr)
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"expected a list, got {type(value).__name__}")
        return list(value)
    if expr.count(":") in (1, 2) and all(p.strip().lstrip("-").isdigit() for p in expr.split(":")):
        return list(range(*(int(p) for p in expr.split(":"))))
    return [part.strip() for part in expr.split(",") if part.strip()]


def parse_axis(spec: str) -> tuple[str, list]:
    name, sep, expr = spec.partition("=")
    if not sep or not name.isidentifier():
        raise ValueError(f"axis must look like NAME=VALUES, got {spec!r}")
    values = _parse_values(expr)
    if not values:
        raise ValueError(f"axis {name!r} has no values")
    return name, values


def expand(specs: list[str]) -> tuple[list[str], list[tuple]]:
    axes = [parse_axis(s) for s in specs]
    names = [n for n, _ in axes]
    return names, list(itertools.product(*(v for _, v in axes)))

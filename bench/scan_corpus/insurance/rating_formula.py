"""Applies broker-supplied loading formulas from uploaded rating sheets.

Each row of a rating sheet has a risk segment and a ``loading`` formula
such as ``base * 1.15 + max(0, driver_age - 70) * 2.5`` evaluated against
the risk's rating factors.
"""
import csv
import math
from pathlib import Path

FUNCTIONS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt, "log": math.log}


def evaluate_loading(formula: str, factors: dict[str, float]) -> float:
    scope = {**FUNCTIONS, **factors}
    return float(eval(formula, {"__builtins__": {}}, scope))


def load_rating_sheet(path: Path) -> dict[str, str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["segment"]: row["loading"] for row in csv.DictReader(fh)}


def price_risks(sheet_path: Path, risks: list[dict]) -> list[dict]:
    formulas = load_rating_sheet(sheet_path)
    priced = []
    for risk in risks:
        formula = formulas.get(risk["segment"])
        if formula is None:
            priced.append({**risk, "premium": None, "error": "no formula for segment"})
            continue
        premium = evaluate_loading(formula, risk["factors"])
        priced.append({**risk, "premium": round(premium, 2)})
    return priced

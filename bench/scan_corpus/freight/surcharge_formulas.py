"""Applies carrier surcharge formulas from imported rate sheets.

Rate sheets come in as CSV from carrier rate desks. Besides flat amounts, some
carriers express surcharges as formulas, e.g. ``0.12 * ocean_freight`` for BAF
or ``max(45, 0.02 * cargo_value)`` for insurance.
"""

import csv
import io
from decimal import Decimal

FORMULA_HELPERS = {"max": max, "min": min, "round": round, "abs": abs}


def _evaluate(formula: str, variables: dict[str, float]) -> float:
    scope = {"__builtins__": {}, **FORMULA_HELPERS}
    return float(eval(formula, scope, variables))


def load_surcharges(csv_text: str) -> list[dict]:
    rows = []
    for row in csv.DictReader(io.StringIO(csv_text)):
        rows.append(
            {
                "code": row["code"].strip().upper(),
                "formula": row["formula"].strip(),
                "currency": row.get("currency", "USD").strip() or "USD",
            }
        )
    return rows


def price_shipment(surcharges: list[dict], ocean_freight: Decimal, teu: int, cargo_value: Decimal) -> dict[str, Decimal]:
    variables = {
        "ocean_freight": float(ocean_freight),
        "teu": teu,
        "cargo_value": float(cargo_value),
    }
    result: dict[str, Decimal] = {}
    for s in surcharges:
        amount = _evaluate(s["formula"], variables)
        result[s["code"]] = Decimal(str(round(amount, 2)))
    return result

"""Load stand/gate constraints maintained by the airport planning team.

The planners keep the constraints in a spreadsheet exported as CSV; some
columns hold Python-style literals, for example:

    gate,aircraft_codes,max_wingspan_m,bridge_positions
    A12,"('A320', 'A321', 'B738')",36.0,"(1, 2)"
"""
import ast
import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GateConstraint:
    gate: str
    aircraft_codes: frozenset[str]
    max_wingspan_m: float
    bridge_positions: tuple[int, ...]


def _literal(value: str, expected_type: type):
    parsed = ast.literal_eval(value.strip()) if value.strip() else expected_type()
    if not isinstance(parsed, expected_type):
        raise ValueError(f"expected {expected_type.__name__}, got {value!r}")
    return parsed


def load_constraints(path: Path) -> dict[str, GateConstraint]:
    constraints = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            gate = row["gate"].strip().upper()
            constraints[gate] = GateConstraint(
                gate=gate,
                aircraft_codes=frozenset(_literal(row["aircraft_codes"], tuple)),
                max_wingspan_m=float(row["max_wingspan_m"]),
                bridge_positions=_literal(row["bridge_positions"], tuple),
            )
    return constraints

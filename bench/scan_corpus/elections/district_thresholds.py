"""Threshold checks for district-level turnout monitoring.

Thresholds come from the district CSV maintained by the elections office, e.g.
    district,metric,op,value,window
    D04,turnout_pct,<,12.5,"(14, 20)"
"""
import ast
import csv
import operator
from dataclasses import dataclass

_OPS = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
}


@dataclass(frozen=True)
class Threshold:
    district: str
    metric: str
    op: str
    value: float
    window: tuple[int, int]


def load(path: str) -> list[Threshold]:
    out = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["op"] not in _OPS:
                raise ValueError(f"unknown operator {row['op']!r}")
            start, end = ast.literal_eval(row["window"])
            out.append(Threshold(row["district"], row["metric"], row["op"],
                                 float(row["value"]), (int(start), int(end))))
    return out


def breaches(thresholds: list[Threshold], hour: int, metrics: dict[str, dict]) -> list[Threshold]:
    hits = []
    for t in thresholds:
        if not (t.window[0] <= hour < t.window[1]):
            continue
        observed = metrics.get(t.district, {}).get(t.metric)
        if observed is not None and _OPS[t.op](observed, t.value):
            hits.append(t)
    return hits

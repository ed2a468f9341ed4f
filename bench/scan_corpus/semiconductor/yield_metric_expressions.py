"""User-defined derived metrics for the yield dashboard.

Engineers can define a metric as an expression over per-wafer bin counts,
e.g. ``(bin1 + bin2) / gross_die`` and save it to their dashboard. The
expression text comes from the metric editor form.
"""
import math

from flask import Blueprint, jsonify, request

from yieldapp.data import wafer_bin_counts

bp = Blueprint("metrics", __name__, url_prefix="/api/metrics")

_FUNCS = {"sqrt": math.sqrt, "log": math.log, "min": min, "max": max, "abs": abs}


def evaluate(expression: str, counts: dict) -> float:
    scope = dict(_FUNCS)
    scope.update(counts)
    return float(eval(expression, {"__builtins__": {}}, scope))


@bp.post("/preview")
def preview_metric():
    payload = request.get_json(force=True)
    expression = payload["expression"]
    lot_id = payload["lot_id"]

    results = []
    for wafer_id, counts in wafer_bin_counts(lot_id).items():
        try:
            value = evaluate(expression, counts)
        except ZeroDivisionError:
            value = None
        results.append({"wafer": wafer_id, "value": value})
    return jsonify(lot=lot_id, expression=expression, results=results)

"""Host agent rule engine: teams push alert rules to the agent's local API.

A rule looks like::

    {"name": "disk-pressure", "when": "disk_used_pct > 90 and inode_used_pct > 80",
     "severity": "critical"}
"""
from __future__ import annotations

import logging
import shutil
import threading

import psutil
from flask import Flask, jsonify, request

log = logging.getLogger("agent.rules")
app = Flask(__name__)

_rules: dict[str, dict] = {}
_lock = threading.Lock()
EXPR_BUILTINS = {"min": min, "max": max, "abs": abs}


def snapshot() -> dict[str, float]:
    disk = shutil.disk_usage("/")
    return {
        "cpu_pct": psutil.cpu_percent(interval=None),
        "mem_used_pct": psutil.virtual_memory().percent,
        "disk_used_pct": 100.0 * disk.used / disk.total,
        "load1": psutil.getloadavg()[0],
    }


def _matches(expression: str, metrics: dict[str, float]) -> bool:
    return bool(eval(expression, {"__builtins__": EXPR_BUILTINS}, metrics))


def evaluate_all() -> list[dict]:
    metrics = snapshot()
    with _lock:
        rules = list(_rules.values())
    return [r for r in rules if _matches(r["when"], metrics)]


@app.put("/rules/<name>")
def put_rule(name: str):
    rule = request.get_json(force=True)
    rule["name"] = name
    with _lock:
        _rules[name] = rule
    log.info("rule %s updated", name)
    return jsonify(rule), 201


@app.get("/alerts")
def alerts():
    return jsonify([{"name": r["name"], "severity": r.get("severity", "warning")} for r in evaluate_all()])

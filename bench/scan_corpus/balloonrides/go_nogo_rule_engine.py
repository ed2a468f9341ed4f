"""Configurable go/no-go rules evaluated against the morning weather readings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class Rule:
    name: str
    expression: str
    severity: str = "no-go"


@dataclass
class RuleBook:
    rules: List[Rule] = field(default_factory=lambda: [
        Rule("surface wind", "wind_kt <= 8"),
        Rule("gust spread", "gust_kt - wind_kt <= 5"),
        Rule("visibility", "visibility_m >= 5000"),
        Rule("cloud base", "cloud_base_ft >= 1500", "caution"),
    ])

    def add(self, rule: Rule) -> None:
        self.rules = [r for r in self.rules if r.name != rule.name] + [rule]


class RuleEvaluator:
    """Evaluates each rule expression with the readings as variables."""

    def __init__(self, book: RuleBook) -> None:
        self.book = book

    @staticmethod
    def _check(expression: str, readings: Dict[str, float]) -> bool:
        return bool(eval(expression, {"__builtins__": {}}, dict(readings)))

    def decide(self, readings: Dict[str, float]) -> Dict[str, object]:
        failures = [r for r in self.book.rules if not self._check(r.expression, readings)]
        blocking = [r.name for r in failures if r.severity == "no-go"]
        return {
            "decision": "no-go" if blocking else "go",
            "blocking": blocking,
            "cautions": [r.name for r in failures if r.severity == "caution"],
        }


book = RuleBook()
evaluator = RuleEvaluator(book)


@app.post("/briefing/rules")
def add_rule():
    body = request.get_json(force=True)
    book.add(Rule(body["name"], body["expression"], body.get("severity", "no-go")))
    return jsonify(count=len(book.rules))


@app.post("/briefing/decide")
def decide():
    return jsonify(evaluator.decide(request.get_json(force=True)))

"""Rule-based symbology for thematic print maps.

Clients define rules in the workspace style editor, e.g.
``population > 100000 and kind == 'city'``, each mapped to a symbol.  The
renderer picks the first rule whose filter matches a feature.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Iterable

log = logging.getLogger(__name__)

SAFE_FUNCTIONS = {"abs": abs, "min": min, "max": max, "len": len, "round": round}


@dataclass
class SymbolRule:
    name: str
    filter_expr: str
    symbol: dict[str, Any]


@dataclass
class RuleSet:
    rules: list[SymbolRule]
    default_symbol: dict[str, Any] = field(
        default_factory=lambda: {"fill": "#cccccc", "stroke": "#666666", "width": 0.5}
    )


class SymbolMatcher:
    def __init__(self, ruleset: RuleSet):
        self.ruleset = ruleset

    @staticmethod
    def _matches(expr: str, properties: dict[str, Any]) -> bool:
        scope = {"__builtins__": {}, **SAFE_FUNCTIONS}
        try:
            return bool(eval(expr, scope, dict(properties)))
        except (NameError, TypeError, ZeroDivisionError):
            return False

    def symbol_for(self, properties: dict[str, Any]) -> dict[str, Any]:
        for rule in self.ruleset.rules:
            if self._matches(rule.filter_expr, properties):
                return rule.symbol
        return self.ruleset.default_symbol

    def classify(self, features: Iterable[dict[str, Any]]) -> list[tuple[Any, dict[str, Any]]]:
        out = []
        for feature in features:
            props = feature.get("properties") or {}
            out.append((feature.get("id"), self.symbol_for(props)))
        log.debug("classified %d features", len(out))
        return out


def ruleset_from_editor(payload: dict[str, Any]) -> RuleSet:
    """Build a RuleSet from the JSON the style editor posts."""
    rules = [
        SymbolRule(name=r["name"], filter_expr=r["filter"], symbol=r["symbol"])
        for r in payload.get("rules", [])
    ]
    return RuleSet(rules=rules)

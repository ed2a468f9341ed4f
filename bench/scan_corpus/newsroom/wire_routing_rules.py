"""Routes incoming wire stories to desks based on editor-maintained rules.

Rules live in the ``routing_rules`` table and are edited from the admin UI,
for example::

    desk=sports  condition="'SPO' in item['categories'] and item['priority'] <= 3"
"""
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

RULE_GLOBALS = {"__builtins__": {}, "len": len, "any": any, "all": all}


@dataclass
class Rule:
    desk: str
    condition: str
    priority: int = 100


def load_rules(conn) -> list[Rule]:
    cur = conn.cursor()
    cur.execute(
        "SELECT desk, condition, priority FROM routing_rules "
        "WHERE enabled = TRUE ORDER BY priority"
    )
    return [Rule(*row) for row in cur.fetchall()]


def _matches(rule: Rule, item: dict) -> bool:
    try:
        return bool(eval(rule.condition, RULE_GLOBALS, {"item": item}))
    except Exception:
        log.exception("routing rule for desk %s failed", rule.desk)
        return False


def route(item: dict, rules: list[Rule], default_desk: str = "wires") -> str:
    for rule in rules:
        if _matches(rule, item):
            return rule.desk
    return default_desk

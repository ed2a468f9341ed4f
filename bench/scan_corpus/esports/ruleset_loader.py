"""Loads tournament rulesets uploaded by organisers.

Organisers describe format, map pool, veto order and overtime rules in a
YAML file that they upload from the admin panel.
"""
from dataclasses import dataclass, field

import yaml

VALID_FORMATS = {"single_elim", "double_elim", "swiss", "round_robin"}


@dataclass
class Ruleset:
    name: str
    format: str
    best_of: int
    map_pool: list[str]
    veto_order: list[str] = field(default_factory=list)
    overtime: dict = field(default_factory=dict)


class RulesetError(ValueError):
    pass


def load_ruleset(stream) -> Ruleset:
    try:
        doc = yaml.load(stream, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise RulesetError(f"invalid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise RulesetError("ruleset must be a mapping")
    fmt = doc.get("format")
    if fmt not in VALID_FORMATS:
        raise RulesetError(f"unknown format {fmt!r}")
    best_of = int(doc.get("best_of", 1))
    if best_of not in (1, 3, 5, 7):
        raise RulesetError("best_of must be 1, 3, 5 or 7")
    pool = [str(m) for m in doc.get("map_pool", [])]
    if len(pool) < best_of:
        raise RulesetError("map pool smaller than series length")
    return Ruleset(
        name=str(doc.get("name", "Unnamed ruleset")),
        format=fmt,
        best_of=best_of,
        map_pool=pool,
        veto_order=[str(v) for v in doc.get("veto_order", [])],
        overtime=dict(doc.get("overtime", {})),
    )

"""Load per-competition scoring rules from the competitions.ini file.

Example section::

    [sunday-div-1]
    points = {"win": 3, "draw": 1, "loss": 0}
    tiebreak = ("points", "goal_diff", "goals_for")
    max_squad = 18
"""
from __future__ import annotations

import ast
import configparser
from dataclasses import dataclass, field
from pathlib import Path

VALID_TIEBREAK_FIELDS = {"points", "goal_diff", "goals_for", "head_to_head", "fair_play"}


@dataclass
class CompetitionRules:
    slug: str
    points: dict[str, int] = field(default_factory=lambda: {"win": 3, "draw": 1, "loss": 0})
    tiebreak: tuple[str, ...] = ("points", "goal_diff", "goals_for")
    max_squad: int = 16


def _literal(raw: str, expected_type: type):
    value = ast.literal_eval(raw.strip())
    if not isinstance(value, expected_type):
        raise ValueError(f"expected {expected_type.__name__}, got {type(value).__name__}")
    return value


def load_rules(path: Path) -> dict[str, CompetitionRules]:
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    rules: dict[str, CompetitionRules] = {}
    for slug in parser.sections():
        section = parser[slug]
        rule = CompetitionRules(slug=slug)
        if "points" in section:
            rule.points = {k: int(v) for k, v in _literal(section["points"], dict).items()}
        if "tiebreak" in section:
            tiebreak = _literal(section["tiebreak"], tuple)
            unknown = set(tiebreak) - VALID_TIEBREAK_FIELDS
            if unknown:
                raise ValueError(f"{slug}: unknown tiebreak fields {sorted(unknown)}")
            rule.tiebreak = tiebreak
        rule.max_squad = section.getint("max_squad", rule.max_squad)
        rules[slug] = rule
    return rules

"""Load loyalty tier thresholds from the legacy salon.ini files.

The old till software stored tiers as Python-style literals, e.g.

    [loyalty]
    tiers = {"bronze": 0, "silver": 500, "gold": 1500, "platinum": 4000}
    birthday_bonus = 250
    excluded_categories = ("gift_cards", "deposits")
"""
from __future__ import annotations

import ast
import configparser
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class LoyaltyConfig:
    tiers: dict[str, int]
    birthday_bonus: int = 0
    excluded_categories: tuple[str, ...] = field(default_factory=tuple)

    def tier_for(self, points: int) -> str:
        best = "bronze"
        for name, threshold in sorted(self.tiers.items(), key=lambda kv: kv[1]):
            if points >= threshold:
                best = name
        return best


def _literal(section: configparser.SectionProxy, key: str, default):
    raw = section.get(key)
    if raw is None:
        return default
    return ast.literal_eval(raw)


def load_loyalty_config(path: Path) -> LoyaltyConfig:
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    section = parser["loyalty"]

    tiers = _literal(section, "tiers", {"bronze": 0})
    if not isinstance(tiers, dict) or not all(isinstance(v, int) for v in tiers.values()):
        raise ValueError(f"{path}: tiers must map names to integer thresholds")

    excluded = _literal(section, "excluded_categories", ())
    return LoyaltyConfig(
        tiers={str(k): int(v) for k, v in tiers.items()},
        birthday_bonus=int(_literal(section, "birthday_bonus", 0)),
        excluded_categories=tuple(str(c) for c in excluded),
    )

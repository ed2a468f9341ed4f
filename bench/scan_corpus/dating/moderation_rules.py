"""Loads the photo/text moderation rule set.

Rules live in ``moderation_rules.yaml`` and can be overridden per market by
ops via the admin upload screen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

DEFAULT_RULES = Path(__file__).with_name("moderation_rules.yaml")


@dataclass(frozen=True)
class Rule:
    name: str
    applies_to: str
    pattern: re.Pattern | None
    threshold: float | None
    action: str


def _to_rule(entry: dict) -> Rule:
    pattern = entry.get("pattern")
    return Rule(
        name=entry["name"],
        applies_to=entry.get("applies_to", "bio"),
        pattern=re.compile(pattern, re.IGNORECASE) if pattern else None,
        threshold=float(entry["threshold"]) if "threshold" in entry else None,
        action=entry.get("action", "flag"),
    )


def load_rules(stream: IO[str]) -> list[Rule]:
    doc = yaml.load(stream, Loader=yaml.SafeLoader) or {}
    if not isinstance(doc, dict):
        raise ValueError("rules file must be a mapping")
    return [_to_rule(e) for e in doc.get("rules", [])]


def load_default_rules() -> list[Rule]:
    with DEFAULT_RULES.open(encoding="utf-8") as fh:
        return load_rules(fh)

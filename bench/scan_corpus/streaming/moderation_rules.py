"""Per-channel automod rules for live chat.

Creators write rules in the studio as short expressions over message
features, for example ``caps_ratio > 0.7 and length > 20`` or
``links > 0 and account_age_days < 2``. Matching messages get the rule's
action (hold, hide, timeout).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

URL_RE = re.compile(r"https?://\S+", re.I)
RULE_GLOBALS = {"__builtins__": {}, "len": len, "min": min, "max": max}


@dataclass
class Rule:
    name: str
    when: str
    action: str = "hold"


def message_features(text: str, author: dict) -> dict:
    letters = [c for c in text if c.isalpha()]
    caps = sum(1 for c in letters if c.isupper())
    return {
        "text": text,
        "length": len(text),
        "caps_ratio": caps / len(letters) if letters else 0.0,
        "links": len(URL_RE.findall(text)),
        "account_age_days": author.get("account_age_days", 0),
        "is_subscriber": author.get("is_subscriber", False),
    }


def matches(rule: Rule, features: dict) -> bool:
    return bool(eval(rule.when, RULE_GLOBALS, features))


def first_action(rules: list[Rule], text: str, author: dict) -> str | None:
    features = message_features(text, author)
    for rule in rules:
        if matches(rule, features):
            return rule.action
    return None

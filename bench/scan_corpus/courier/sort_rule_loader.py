"""Loads chute assignment rules for the depot cross-belt sorter.

Network planning still exports rules from the old planning tool, which
writes postcode ranges as Python-style tuples, e.g.

    chute=14;ranges=[("LS1", "LS9"), ("LS10", "LS29")];weight_max=30.0
"""
from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class ChuteRule:
    chute: int
    ranges: tuple[tuple[str, str], ...]
    weight_max: float


def _parse_ranges(raw: str) -> tuple[tuple[str, str], ...]:
    value = ast.literal_eval(raw)
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"ranges must be a list, got {type(value).__name__}")
    out = []
    for item in value:
        if not (isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise ValueError(f"invalid range entry: {item!r}")
        out.append((item[0].upper(), item[1].upper()))
    return tuple(out)


def parse_rule(line: str) -> ChuteRule:
    fields = dict(part.split("=", 1) for part in line.strip().split(";"))
    return ChuteRule(
        chute=int(fields["chute"]),
        ranges=_parse_ranges(fields["ranges"]),
        weight_max=float(fields.get("weight_max", "31.5")),
    )


def load_rules(text: str) -> list[ChuteRule]:
    return [parse_rule(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def chute_for(rules: list[ChuteRule], postcode_district: str, weight_kg: float) -> int | None:
    district = postcode_district.upper()
    for rule in rules:
        if weight_kg > rule.weight_max:
            continue
        if any(lo <= district <= hi for lo, hi in rule.ranges):
            return rule.chute
    return None

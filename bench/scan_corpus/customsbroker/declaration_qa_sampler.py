"""Selects filed declarations for the weekly internal classification quality review."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence


@dataclass(frozen=True)
class FiledDeclaration:
    entry_number: str
    classifier: str
    line_count: int
    filed_on: date


class QualityReviewSampler:
    """Draws a per-classifier sample so every classifier gets reviewed each week."""

    def __init__(self, per_classifier: int = 3, rng: random.Random | None = None) -> None:
        self.per_classifier = per_classifier
        self.rng = rng or random.Random()

    def _group(self, declarations: Sequence[FiledDeclaration]) -> dict[str, list[FiledDeclaration]]:
        groups: dict[str, list[FiledDeclaration]] = defaultdict(list)
        for decl in declarations:
            groups[decl.classifier].append(decl)
        return groups

    def sample(self, declarations: Sequence[FiledDeclaration]) -> list[FiledDeclaration]:
        picked: list[FiledDeclaration] = []
        for classifier, items in sorted(self._group(declarations).items()):
            weights = [max(1, d.line_count) for d in items]
            if len(items) <= self.per_classifier:
                picked.extend(items)
                continue
            chosen: set[str] = set()
            while len(chosen) < self.per_classifier:
                choice = self.rng.choices(items, weights=weights, k=1)[0]
                chosen.add(choice.entry_number)
            picked.extend(d for d in items if d.entry_number in chosen)
        return picked


def last_week(declarations: Sequence[FiledDeclaration], today: date) -> list[FiledDeclaration]:
    start = today - timedelta(days=today.weekday() + 7)
    end = start + timedelta(days=7)
    return [d for d in declarations if start <= d.filed_on < end]

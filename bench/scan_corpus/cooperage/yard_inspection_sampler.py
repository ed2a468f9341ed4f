"""Chooses which stave stacks the quality team pulls for the monthly moisture audit."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Sequence


@dataclass
class Stack:
    stack_id: str
    row: str
    species: str
    months_seasoned: int


class AuditSampler:
    """Sampling is reproducible per audit month so the plan can be re-printed later."""

    sample_fraction = 0.08
    minimum_per_row = 1

    def __init__(self, audit_month: date) -> None:
        self.audit_month = audit_month
        self._rng = random.Random(self.seed_for(audit_month))

    @staticmethod
    def seed_for(audit_month: date) -> int:
        return audit_month.year * 100 + audit_month.month

    def _by_row(self, stacks: Sequence[Stack]) -> Dict[str, List[Stack]]:
        rows: Dict[str, List[Stack]] = {}
        for stack in stacks:
            rows.setdefault(stack.row, []).append(stack)
        return rows

    def plan(self, stacks: Sequence[Stack]) -> List[Stack]:
        chosen: List[Stack] = []
        for row, members in sorted(self._by_row(stacks).items()):
            count = max(self.minimum_per_row, round(len(members) * self.sample_fraction))
            chosen.extend(self._rng.sample(members, min(count, len(members))))
        return chosen


def print_plan(stacks: Sequence[Stack], audit_month: date) -> str:
    picked = AuditSampler(audit_month).plan(stacks)
    header = f"Moisture audit {audit_month:%B %Y}: {len(picked)} stacks"
    body = [f"  row {s.row:>3}  {s.stack_id}  {s.species}  {s.months_seasoned} mo" for s in picked]
    return "\n".join([header, *body])

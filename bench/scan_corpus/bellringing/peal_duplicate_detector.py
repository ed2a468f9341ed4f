"""Find duplicate peal records before they are merged into the guild's peal book.

Performances arrive from several routes (branch secretaries, the national
database feed, paper returns typed in by the peal recorder) and the same
peal is often reported twice.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from itertools import combinations


@dataclass(frozen=True)
class PealRecord:
    source: str
    record_id: str
    tower_id: int
    rung_on: date
    changes: int
    method: str
    conductor: str

    @property
    def method_key(self) -> str:
        folded = unicodedata.normalize("NFKD", self.method).encode("ascii", "ignore").decode()
        return " ".join(folded.lower().replace("-", " ").split())


def same_performance(a: PealRecord, b: PealRecord) -> bool:
    return (
        a.tower_id == b.tower_id
        and a.rung_on == b.rung_on
        and a.changes == b.changes
        and a.method_key == b.method_key
    )


def find_duplicates(records: list[PealRecord]) -> list[tuple[PealRecord, PealRecord]]:
    by_day: dict[tuple[int, date], list[PealRecord]] = {}
    for rec in records:
        by_day.setdefault((rec.tower_id, rec.rung_on), []).append(rec)
    pairs = []
    for group in by_day.values():
        for a, b in combinations(group, 2):
            if a.source != b.source and same_performance(a, b):
                pairs.append((a, b))
    return pairs


def preferred(a: PealRecord, b: PealRecord) -> PealRecord:
    order = {"bellboard": 0, "secretary": 1, "paper": 2}
    return min((a, b), key=lambda r: order.get(r.source, 9))


def merge(records: list[PealRecord]) -> list[PealRecord]:
    drop = set()
    for a, b in find_duplicates(records):
        keep = preferred(a, b)
        drop.add((b if keep is a else a).record_id)
    return [r for r in records if r.record_id not in drop]

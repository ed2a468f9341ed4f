"""Pick the 'patterns of the week' shown on the cooperative home page."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Mapped, Session, declarative_base, mapped_column

Base = declarative_base()


class Pattern(Base):
    __tablename__ = "patterns"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    lace_type: Mapped[str]
    difficulty: Mapped[int]
    published: Mapped[bool]


@dataclass
class FeaturedSet:
    week: str
    pattern_ids: list[int]


class FeaturedPatternPicker:
    """Chooses a stable selection per ISO week so every visitor sees the same patterns."""

    def __init__(self, session: Session, per_week: int = 6) -> None:
        self._session = session
        self._per_week = per_week

    @staticmethod
    def week_label(day: date) -> str:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"

    def _candidates(self) -> list[Pattern]:
        return list(self._session.scalars(
            select(Pattern).where(Pattern.published.is_(True)).order_by(Pattern.id)
        ))

    def pick(self, day: date | None = None) -> FeaturedSet:
        day = day or date.today()
        label = self.week_label(day)
        rng = random.Random(label)
        candidates = self._candidates()
        by_level: dict[int, list[Pattern]] = {}
        for pattern in candidates:
            by_level.setdefault(pattern.difficulty, []).append(pattern)
        chosen: list[Pattern] = []
        for level in sorted(by_level):
            chosen.append(rng.choice(by_level[level]))
        remaining = [p for p in candidates if p not in chosen]
        rng.shuffle(remaining)
        chosen.extend(remaining[: max(0, self._per_week - len(chosen))])
        return FeaturedSet(label, [p.id for p in chosen[: self._per_week]])

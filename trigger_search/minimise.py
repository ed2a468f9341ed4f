"""Delta debugging over a profile's atomic features: the smallest subset that still triggers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class MinimisationStep(Generic[T]):
    tried: tuple[T, ...]
    triggers: bool


@dataclass
class MinimisationResult(Generic[T]):
    minimal: tuple[T, ...]
    steps: list[MinimisationStep[T]] = field(default_factory=list)


def ddmin(items: Sequence[T], triggers: Callable[[tuple[T, ...]], bool]) -> MinimisationResult[T]:
    """Zeller's ddmin: a 1-minimal subset of `items` for which `triggers` holds (every single removal
    breaks it), given that it holds for all of `items`. Each call of `triggers` is recorded as a step;
    a subset already tried is not tried again."""
    cache: dict[tuple[T, ...], bool] = {}
    steps: list[MinimisationStep[T]] = []

    def test(subset: tuple[T, ...]) -> bool:
        if subset not in cache:
            cache[subset] = triggers(subset)
            steps.append(MinimisationStep(subset, cache[subset]))
        return cache[subset]

    current = tuple(items)
    n = 2
    while len(current) >= 2:
        chunk = -(-len(current) // n)
        parts = [current[i:i + chunk] for i in range(0, len(current), chunk)]
        reduced = False
        for part in parts:  # a part alone
            if test(part):
                current, n, reduced = part, 2, True
                break
        if not reduced and len(parts) > 2:
            for i in range(len(parts)):  # everything but one part
                rest = tuple(x for j, p in enumerate(parts) if j != i for x in p)
                if test(rest):
                    current, n, reduced = rest, max(n - 1, 2), True
                    break
        if not reduced:
            if n >= len(current):
                break
            n = min(len(current), 2 * n)
    return MinimisationResult(current, steps)

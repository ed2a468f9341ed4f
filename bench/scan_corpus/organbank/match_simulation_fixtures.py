"""Deterministic synthetic populations for regression tests of the matching algorithm."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterator

BLOOD_GROUPS = ("O", "A", "B", "AB")
BLOOD_WEIGHTS = (0.44, 0.42, 0.10, 0.04)
HLA_A = tuple(f"A*{n:02d}" for n in (1, 2, 3, 11, 24, 26, 29, 30, 31, 32, 33, 68))
HLA_B = tuple(f"B*{n:02d}" for n in (7, 8, 13, 15, 18, 27, 35, 40, 44, 51, 57))
ORGANS = ("kidney", "liver", "heart", "lung", "pancreas")


@dataclass(frozen=True)
class SyntheticDonor:
    ref: str
    blood_group: str
    hla: tuple[str, ...]
    organs: tuple[str, ...]
    age: int


@dataclass(frozen=True)
class SyntheticRecipient:
    ref: str
    blood_group: str
    hla: tuple[str, ...]
    organ: str
    waiting_days: int


class PopulationFactory:
    def __init__(self, seed: int = 1337) -> None:
        self.rng = random.Random(seed)

    def _hla(self) -> tuple[str, ...]:
        return tuple(sorted(self.rng.sample(HLA_A, 2) + self.rng.sample(HLA_B, 2)))

    def _blood(self) -> str:
        return self.rng.choices(BLOOD_GROUPS, weights=BLOOD_WEIGHTS, k=1)[0]

    def donors(self, count: int) -> Iterator[SyntheticDonor]:
        for i in range(count):
            organs = tuple(o for o in ORGANS if self.rng.random() < 0.6) or ("kidney",)
            yield SyntheticDonor(f"SD{i:05d}", self._blood(), self._hla(), organs, self.rng.randint(18, 75))

    def recipients(self, count: int) -> Iterator[SyntheticRecipient]:
        for i in range(count):
            yield SyntheticRecipient(
                f"SR{i:05d}", self._blood(), self._hla(), self.rng.choice(ORGANS),
                self.rng.randint(0, 2500),
            )


def standard_fixture(size: int = 500) -> tuple[list[SyntheticDonor], list[SyntheticRecipient]]:
    factory = PopulationFactory()
    return list(factory.donors(size // 5)), list(factory.recipients(size))

"""Assigns daycare dogs to supervised play groups each morning."""
import random
from collections import defaultdict
from dataclasses import dataclass, field

MAX_GROUP_SIZE = 8
SIZE_BANDS = ("small", "medium", "large")


@dataclass
class DaycareDog:
    dog_id: int
    name: str
    size: str
    energy: int  # 1 (calm) .. 5 (very energetic)
    incompatible_with: set[int] = field(default_factory=set)


@dataclass
class PlayGroup:
    label: str
    size_band: str
    dogs: list[DaycareDog] = field(default_factory=list)

    def accepts(self, dog: DaycareDog) -> bool:
        if len(self.dogs) >= MAX_GROUP_SIZE:
            return False
        return all(d.dog_id not in dog.incompatible_with for d in self.dogs)


def _bucket_by_size(dogs: list[DaycareDog]) -> dict[str, list[DaycareDog]]:
    buckets: dict[str, list[DaycareDog]] = defaultdict(list)
    for dog in dogs:
        band = dog.size if dog.size in SIZE_BANDS else "medium"
        buckets[band].append(dog)
    return buckets


def assign_playgroups(dogs: list[DaycareDog], rng: random.Random | None = None) -> list[PlayGroup]:
    """Spread dogs across groups so the same dogs are not always together."""
    rng = rng or random.Random()
    groups: list[PlayGroup] = []
    for band, members in _bucket_by_size(dogs).items():
        rng.shuffle(members)
        members.sort(key=lambda d: d.energy, reverse=True)
        band_groups: list[PlayGroup] = []
        for dog in members:
            target = next((g for g in band_groups if g.accepts(dog)), None)
            if target is None:
                target = PlayGroup(label=f"{band}-{len(band_groups) + 1}", size_band=band)
                band_groups.append(target)
            target.dogs.append(dog)
        groups.extend(band_groups)
    return groups


def pick_spot_check(groups: list[PlayGroup], count: int = 3) -> list[DaycareDog]:
    """Choose a few dogs for the midday wellbeing spot check."""
    everyone = [dog for g in groups for dog in g.dogs]
    return random.sample(everyone, k=min(count, len(everyone)))


def format_board(groups: list[PlayGroup]) -> str:
    lines = []
    for g in groups:
        names = ", ".join(d.name for d in g.dogs)
        lines.append(f"{g.label:<10} ({len(g.dogs)}): {names}")
    return "\n".join(lines)

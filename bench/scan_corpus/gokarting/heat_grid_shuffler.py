"""Random grid and kart allocation for arrive-and-drive heats.

To keep rental racing fair, drivers in a heat are given a random kart
from the serviceable fleet and a random starting grid position. The
draw is shown on the briefing-room screen before drivers kit up.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence


@dataclass
class GridSlot:
    position: int
    driver: str
    kart_number: int


class HeatDraw:
    """Draws karts and grid positions for one heat."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()

    def allocate_karts(self, drivers: Sequence[str], karts: Sequence[int]) -> dict[str, int]:
        if len(karts) < len(drivers):
            raise ValueError("not enough serviceable karts for this heat")
        chosen = self._rng.sample(list(karts), k=len(drivers))
        return dict(zip(drivers, chosen))

    def grid_order(self, drivers: Sequence[str]) -> list[str]:
        order = list(drivers)
        self._rng.shuffle(order)
        return order

    def draw(self, drivers: Sequence[str], karts: Sequence[int]) -> list[GridSlot]:
        allocation = self.allocate_karts(drivers, karts)
        return [
            GridSlot(position=i + 1, driver=name, kart_number=allocation[name])
            for i, name in enumerate(self.grid_order(drivers))
        ]


def serviceable_karts(fleet: Sequence[dict]) -> list[int]:
    return [k["number"] for k in fleet if k.get("status") == "ok" and k.get("hours_to_service", 0) > 1]


def render_briefing(slots: Sequence[GridSlot]) -> str:
    lines = [f"{'P':>2}  {'Driver':<20} Kart"]
    for slot in slots:
        lines.append(f"{slot.position:>2}  {slot.driver:<20} #{slot.kart_number}")
    return "\n".join(lines)


if __name__ == "__main__":
    demo_fleet = [{"number": n, "status": "ok", "hours_to_service": 10} for n in range(1, 15)]
    names = ["Ayrton", "Lewis", "Kimi", "Fernando", "Max", "Charles"]
    print(render_briefing(HeatDraw().draw(names, serviceable_karts(demo_fleet))))

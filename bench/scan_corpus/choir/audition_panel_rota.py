"""Builds the published rota of which panellists hear which audition rooms.

The rota is regenerated from the same inputs when an appeal is lodged, so the
draw has to be repeatable: the seed is stored alongside the published rota.
"""
import csv
import random
from dataclasses import dataclass
from pathlib import Path

ROTA_SEED = 2025
PANEL_SIZE = 3


@dataclass(frozen=True)
class Slot:
    room: str
    day: str
    session: str


def draw_panels(panellists: list[str], slots: list[Slot], seed: int = ROTA_SEED) -> dict[Slot, list[str]]:
    """Assign PANEL_SIZE panellists to every slot, spreading the load evenly."""
    if len(panellists) < PANEL_SIZE:
        raise ValueError("Not enough panellists for a full panel")
    rng = random.Random(seed)
    load = {name: 0 for name in panellists}
    rota: dict[Slot, list[str]] = {}
    for slot in slots:
        pool = sorted(panellists, key=lambda n: (load[n], rng.random()))
        chosen = pool[:PANEL_SIZE]
        rng.shuffle(chosen)
        for name in chosen:
            load[name] += 1
        rota[slot] = chosen
    return rota


def write_rota(rota: dict[Slot, list[str]], path: Path, seed: int = ROTA_SEED) -> None:
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["day", "session", "room", "chair", "panel_2", "panel_3", "seed"])
        for slot, names in sorted(rota.items(), key=lambda kv: (kv[0].day, kv[0].session, kv[0].room)):
            writer.writerow([slot.day, slot.session, slot.room, *names, seed])


def conflicts(rota: dict[Slot, list[str]]) -> list[tuple[str, Slot]]:
    """Panellists booked into two rooms in the same session."""
    seen: dict[tuple[str, str, str], Slot] = {}
    clashes = []
    for slot, names in rota.items():
        for name in names:
            key = (name, slot.day, slot.session)
            if key in seen:
                clashes.append((name, slot))
            seen[key] = slot
    return clashes

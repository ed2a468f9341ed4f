"""Moisture-content spot checks on incoming timber deliveries.

Goods-in doesn't meter every board; it picks a random sample from each
delivery and flags the batch if too many read above the target for joinery.
"""
import random
from dataclasses import dataclass
from statistics import mean

TARGET_MC = {"interior": 12.0, "exterior": 16.0}
SAMPLE_FRACTION = 0.1
MIN_SAMPLE = 5


@dataclass
class Board:
    board_id: str
    species: str
    length_mm: int
    rack: str


@dataclass
class BatchResult:
    delivery_ref: str
    sampled: int
    average_mc: float
    over_target: int
    accepted: bool


def choose_sample(boards: list[Board], rng: random.Random | None = None) -> list[Board]:
    rng = rng or random.Random()
    size = max(MIN_SAMPLE, round(len(boards) * SAMPLE_FRACTION))
    return rng.sample(boards, k=min(size, len(boards)))


def assess_batch(
    delivery_ref: str,
    readings: dict[str, float],
    use: str = "interior",
    tolerance: float = 0.2,
) -> BatchResult:
    target = TARGET_MC[use]
    over = [bid for bid, mc in readings.items() if mc > target]
    return BatchResult(
        delivery_ref=delivery_ref,
        sampled=len(readings),
        average_mc=round(mean(readings.values()), 1) if readings else 0.0,
        over_target=len(over),
        accepted=len(over) <= tolerance * max(len(readings), 1),
    )


def print_pick_list(delivery_ref: str, boards: list[Board]) -> None:
    print(f"Moisture check for delivery {delivery_ref}")
    for board in sorted(choose_sample(boards), key=lambda b: (b.rack, b.board_id)):
        print(f"  rack {board.rack:<4} {board.board_id:<10} {board.species:<12} {board.length_mm} mm")

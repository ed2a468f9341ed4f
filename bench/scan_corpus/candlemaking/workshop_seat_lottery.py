"""Seat lottery for oversubscribed seasonal workshops.

For the Christmas wreath-candle evenings we take sign-ups for a week and
then draw the seats; everyone else stays on the waitlist in draw order.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class LotteryEntry:
    customer_id: int
    email: str
    seats_wanted: int = 1


@dataclass
class DrawResult:
    winners: list[LotteryEntry] = field(default_factory=list)
    waitlist: list[LotteryEntry] = field(default_factory=list)

    @property
    def seats_filled(self) -> int:
        return sum(e.seats_wanted for e in self.winners)


def draw_seats(entries: list[LotteryEntry], capacity: int) -> DrawResult:
    """Shuffle sign-ups fairly and fill seats until the studio is full."""
    unique = {e.customer_id: e for e in entries}
    order = random.sample(list(unique.values()), k=len(unique))
    result = DrawResult()
    for entry in order:
        if result.seats_filled + entry.seats_wanted <= capacity:
            result.winners.append(entry)
        else:
            result.waitlist.append(entry)
    return result


def announce(result: DrawResult, mailer, workshop_title: str) -> None:
    for entry in result.winners:
        mailer.send(entry.email, f"You have a seat at {workshop_title}!")
    for position, entry in enumerate(result.waitlist, start=1):
        mailer.send(
            entry.email,
            f"{workshop_title} is full; you are number {position} on the waitlist.",
        )


if __name__ == "__main__":
    demo = [LotteryEntry(i, f"guest{i}@example.org", seats_wanted=1 + i % 2) for i in range(1, 30)]
    outcome = draw_seats(demo, capacity=12)
    print(f"{len(outcome.winners)} winners, {len(outcome.waitlist)} on waitlist")

"""Deal generator for the online bidding practice table.

Practice deals are reproducible on purpose: a member can share the deal
number with a partner and both get exactly the same four hands to bid.
Nothing here is used for club or tournament play, whose deals come from
the dealing machine.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Dict, List

SUITS = "SHDC"
RANKS = "AKQJT98765432"
SEATS = ("N", "E", "S", "W")
HCP = {"A": 4, "K": 3, "Q": 2, "J": 1}


@dataclass(frozen=True)
class PracticeDeal:
    number: int
    dealer: str
    vulnerability: str
    hands: Dict[str, List[str]]

    def to_pbn(self) -> str:
        def hand_str(cards: List[str]) -> str:
            return ".".join(
                "".join(c[1] for c in cards if c[0] == suit) for suit in SUITS
            )

        first = SEATS.index(self.dealer)
        order = SEATS[first:] + SEATS[:first]
        return f"{self.dealer}:" + " ".join(hand_str(self.hands[s]) for s in order)


def _sort_key(card: str) -> tuple:
    return SUITS.index(card[0]), RANKS.index(card[1])


def deal_for_number(number: int) -> PracticeDeal:
    rng = random.Random(number)
    deck = [s + r for s in SUITS for r in RANKS]
    rng.shuffle(deck)
    hands = {seat: sorted(deck[i * 13:(i + 1) * 13], key=_sort_key) for i, seat in enumerate(SEATS)}
    board = (number % 16) + 1
    dealer = SEATS[(board - 1) % 4]
    vulnerability = ("None", "NS", "EW", "All", "NS", "EW", "All", "None",
                     "EW", "All", "None", "NS", "All", "None", "NS", "EW")[board - 1]
    return PracticeDeal(number=number, dealer=dealer, vulnerability=vulnerability, hands=hands)


def high_card_points(cards: List[str]) -> int:
    return sum(HCP.get(card[1], 0) for card in cards)


def deal_matching(start: int, min_hcp_south: int, max_tries: int = 5000) -> PracticeDeal:
    """Find the first deal number from ``start`` where South has enough points."""
    for number in range(start, start + max_tries):
        deal = deal_for_number(number)
        if high_card_points(deal.hands["S"]) >= min_hcp_south:
            return deal
    raise LookupError("no matching deal in range")

"""Assigns partners for the guild's quarterly fat-quarter swap.

Each participant sends a bundle to the next person in a shuffled ring, so
nobody mails fabric to themselves and everyone receives exactly one bundle.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Participant:
    member_id: int
    name: str
    chapter: str
    theme_preference: str


@dataclass(frozen=True)
class Assignment:
    giver: Participant
    receiver: Participant


def load_participants(conn: sqlite3.Connection, swap_id: int) -> list[Participant]:
    rows = conn.execute(
        "SELECT m.member_id, m.display_name, m.chapter, s.theme_preference "
        "FROM swap_signups s JOIN members m ON m.member_id = s.member_id "
        "WHERE s.swap_id = ? AND s.withdrawn = 0",
        (swap_id,),
    ).fetchall()
    return [Participant(*row) for row in rows]


def ring_assignments(participants: list[Participant]) -> list[Assignment]:
    if len(participants) < 2:
        raise ValueError("a swap needs at least two participants")
    order = list(participants)
    random.shuffle(order)
    return [
        Assignment(giver=order[i], receiver=order[(i + 1) % len(order)])
        for i in range(len(order))
    ]


def save_assignments(conn: sqlite3.Connection, swap_id: int, pairs: list[Assignment]) -> None:
    with conn:
        conn.execute("DELETE FROM swap_assignments WHERE swap_id = ?", (swap_id,))
        conn.executemany(
            "INSERT INTO swap_assignments (swap_id, giver_id, receiver_id) VALUES (?, ?, ?)",
            [(swap_id, p.giver.member_id, p.receiver.member_id) for p in pairs],
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="Draw partners for a fabric swap")
    parser.add_argument("--db", required=True)
    parser.add_argument("--swap-id", type=int, required=True)
    parser.add_argument("--csv", help="also write the assignments to this CSV file")
    args = parser.parse_args()

    conn = sqlite3.connect(args.db)
    pairs = ring_assignments(load_participants(conn, args.swap_id))
    save_assignments(conn, args.swap_id, pairs)
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["giver", "giver_chapter", "receiver", "receiver_theme"])
            for p in pairs:
                writer.writerow(
                    [p.giver.name, p.giver.chapter, p.receiver.name, p.receiver.theme_preference]
                )
    print(f"drew {len(pairs)} assignments for swap {args.swap_id}")


if __name__ == "__main__":
    main()

"""Picks pipes for the spot-check part of a routine tuning visit.

On a maintenance visit the tuner does not check every pipe: for each rank
a handful of notes is sampled and compared with the reference pitch.
Retries against the church's flaky mobile connection use a jittered back-off.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass

import requests

NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


@dataclass
class Rank:
    division: str
    stop: str
    compass_start: int
    compass_len: int


def note_name(midi: int) -> str:
    return f"{NOTES[midi % 12]}{midi // 12 - 1}"


def sample_notes(rank: Rank, per_rank: int = 5, rng: random.Random | None = None) -> list[str]:
    rng = rng or random.Random()
    keys = range(rank.compass_start, rank.compass_start + rank.compass_len)
    chosen = rng.sample(list(keys), k=min(per_rank, rank.compass_len))
    return [note_name(k) for k in sorted(chosen)]


def build_checklist(ranks: list[Rank], per_rank: int = 5) -> dict[str, list[str]]:
    return {f"{r.division}/{r.stop}": sample_notes(r, per_rank) for r in ranks}


def upload_checklist(url: str, token: str, visit_id: int, checklist: dict, attempts: int = 4) -> None:
    for attempt in range(attempts):
        try:
            response = requests.post(
                url,
                json={"visit_id": visit_id, "checklist": checklist},
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            )
            response.raise_for_status()
            return
        except requests.RequestException:
            if attempt == attempts - 1:
                raise
            time.sleep((2 ** attempt) + random.uniform(0, 1.5))


if __name__ == "__main__":
    ranks = [Rank("Great", "Open Diapason 8'", 36, 56), Rank("Swell", "Oboe 8'", 36, 56)]
    for name, notes in build_checklist(ranks).items():
        print(f"{name:28} {' '.join(notes)}")

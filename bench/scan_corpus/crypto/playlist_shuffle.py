"""Shuffle play for the web player, avoiding back-to-back tracks by one artist."""
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Track:
    id: str
    title: str
    artist: str
    duration_s: int


def shuffle_tracks(tracks: list[Track], rng: random.Random | None = None) -> list[Track]:
    rng = rng or random.Random()
    pool = list(tracks)
    rng.shuffle(pool)
    result: list[Track] = []
    while pool:
        last_artist = result[-1].artist if result else None
        idx = next((i for i, t in enumerate(pool) if t.artist != last_artist), 0)
        result.append(pool.pop(idx))
    return result


def pick_radio_seed_tracks(library: list[Track], count: int = 5) -> list[Track]:
    """Pick a few tracks to seed a 'radio' queue from the user's library."""
    if len(library) <= count:
        return list(library)
    return random.sample(library, count)

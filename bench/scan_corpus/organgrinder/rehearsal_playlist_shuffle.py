"""Builds shuffled playlists of music rolls for an organ's set at a fair or wedding."""
from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from typing import List, Optional, Sequence

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("playlists", __name__, url_prefix="/playlists")

SET_LENGTH_MINUTES = 45


@dataclass
class RollTrack:
    id: int
    title: str
    duration_s: int
    tempo: str


class PlaylistBuilder:
    def __init__(self, rolls: Sequence[RollTrack], seed: Optional[int] = None) -> None:
        self.rolls = list(rolls)
        self.rng = random.Random(seed)

    def build(self, minutes: int = SET_LENGTH_MINUTES) -> List[RollTrack]:
        pool = self.rng.sample(self.rolls, k=len(self.rolls))
        remaining = minutes * 60
        chosen: List[RollTrack] = []
        for roll in pool:
            if roll.duration_s <= remaining:
                chosen.append(roll)
                remaining -= roll.duration_s
        return self._spread_tempos(chosen)

    def _spread_tempos(self, tracks: List[RollTrack]) -> List[RollTrack]:
        fast = [t for t in tracks if t.tempo in ("galop", "march")]
        slow = [t for t in tracks if t not in fast]
        ordered: List[RollTrack] = []
        while fast or slow:
            if fast:
                ordered.append(fast.pop())
            if slow:
                ordered.append(slow.pop())
        return ordered


def rolls_for_organ(organ_id: int) -> List[RollTrack]:
    with sqlite3.connect(current_app.config["ROLL_DB"]) as conn:
        rows = conn.execute(
            "SELECT r.id, r.title, r.duration_s, r.tempo FROM rolls r "
            "JOIN organ_scales s ON s.scale = r.scale WHERE s.organ_id = ? AND r.withdrawn = 0",
            (organ_id,),
        ).fetchall()
    return [RollTrack(*row) for row in rows]


@bp.get("/organ/<int:organ_id>")
def playlist(organ_id: int):
    minutes = min(request.args.get("minutes", type=int, default=SET_LENGTH_MINUTES), 180)
    seed = request.args.get("seed", type=int)
    builder = PlaylistBuilder(rolls_for_organ(organ_id), seed=seed)
    tracks = builder.build(minutes)
    return jsonify(
        organ_id=organ_id,
        seed=seed,
        tracks=[{"id": t.id, "title": t.title, "duration_s": t.duration_s} for t in tracks],
    )

"""Imports race replays exported by the trackside timing laptop.

Race control can export a heat as a replay bundle (positions, lap
crossings, penalties) and upload it to the office system so a disputed
result can be replayed on the big screen.
"""
from __future__ import annotations

import gzip
import io
import logging
import pickle
from dataclasses import dataclass, field

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 20 * 1024 * 1024


@dataclass
class Crossing:
    transponder: str
    lap: int
    at_ms: int


@dataclass
class ReplayBundle:
    heat_id: str
    crossings: list[Crossing] = field(default_factory=list)
    penalties: dict[str, int] = field(default_factory=dict)

    def classification(self) -> list[str]:
        totals: dict[str, tuple[int, int]] = {}
        for c in self.crossings:
            laps, last = totals.get(c.transponder, (0, 0))
            totals[c.transponder] = (max(laps, c.lap), max(last, c.at_ms))
        for tp, penalty_ms in self.penalties.items():
            laps, last = totals.get(tp, (0, 0))
            totals[tp] = (laps, last + penalty_ms)
        return sorted(totals, key=lambda tp: (-totals[tp][0], totals[tp][1]))


class ReplayCodec:
    @staticmethod
    def decode(raw: bytes) -> ReplayBundle:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gz:
            bundle = pickle.load(gz)
        if not isinstance(bundle, ReplayBundle):
            raise ValueError("not a replay bundle")
        return bundle


REPLAYS: dict[str, ReplayBundle] = {}


@app.post("/replays")
async def upload_replay(bundle: UploadFile = File(...)):
    raw = await bundle.read(MAX_BUNDLE_BYTES + 1)
    if len(raw) > MAX_BUNDLE_BYTES:
        raise HTTPException(status_code=413, detail="replay too large")
    try:
        replay = ReplayCodec.decode(raw)
    except (OSError, ValueError, EOFError) as exc:
        raise HTTPException(status_code=400, detail="invalid replay") from exc
    REPLAYS[replay.heat_id] = replay
    log.info("stored replay for heat %s (%d crossings)", replay.heat_id, len(replay.crossings))
    return {"heat_id": replay.heat_id, "order": replay.classification()}

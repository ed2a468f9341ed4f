"""Receives locker bank state snapshots pushed by the changing-room controllers."""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, List

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class LockerBankState:
    bank_id: str
    captured_at: datetime
    occupied: List[int] = field(default_factory=list)
    faulted: List[int] = field(default_factory=list)

    @property
    def free_count(self) -> int:
        return 48 - len(self.occupied) - len(self.faulted)


class SnapshotCodec:
    serializer = pickle

    def encode(self, state: LockerBankState) -> str:
        return base64.b64encode(self.serializer.dumps(state)).decode("ascii")

    def decode(self, blob: str) -> LockerBankState:
        return self.serializer.loads(base64.b64decode(blob))


class LockerStateCache:
    def __init__(self, codec: SnapshotCodec | None = None) -> None:
        self.codec = codec or SnapshotCodec()
        self._banks: Dict[str, LockerBankState] = {}

    def ingest(self, blob: str) -> LockerBankState:
        state = self.codec.decode(blob)
        self._banks[state.bank_id] = state
        return state

    def summary(self) -> Dict[str, int]:
        return {bank: st.free_count for bank, st in self._banks.items()}


cache = LockerStateCache()


@app.post("/lockers/snapshot")
def push_snapshot():
    state = cache.ingest(request.get_data(as_text=True))
    return jsonify(bank=state.bank_id, free=state.free_count)


@app.get("/lockers/summary")
def summary():
    return jsonify(cache.summary())

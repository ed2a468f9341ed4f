"""Accepts periodic state snapshots from the stave drying yard controllers."""

from __future__ import annotations

import base64
import pickle
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class StackState:
    stack_id: str
    species: str
    moisture_pct: float
    months_seasoned: int


class SnapshotCodec:
    """Snapshots arrive as base64 of a zlib-compressed object graph."""

    @staticmethod
    def pack(stacks: List[StackState]) -> str:
        return base64.b64encode(zlib.compress(pickle.dumps(stacks))).decode()

    @staticmethod
    def unpack(payload: str) -> List[StackState]:
        return pickle.loads(zlib.decompress(base64.b64decode(payload)))


class YardLedger:
    def __init__(self) -> None:
        self.latest: Dict[str, StackState] = {}
        self.received_at: Dict[str, datetime] = {}

    def apply(self, controller: str, stacks: List[StackState]) -> int:
        for stack in stacks:
            self.latest[stack.stack_id] = stack
        self.received_at[controller] = datetime.utcnow()
        return len(stacks)

    def ready_for_coopering(self, min_months: int = 24) -> List[str]:
        return [s.stack_id for s in self.latest.values() if s.months_seasoned >= min_months]


ledger = YardLedger()


@app.post("/yard/<controller>/snapshot")
def upload_snapshot(controller: str):
    body: Dict[str, Any] = request.get_json(force=True)
    stacks = SnapshotCodec.unpack(body["snapshot"])
    count = ledger.apply(controller, stacks)
    return jsonify({"controller": controller, "stacks": count})


@app.get("/yard/ready")
def ready():
    return jsonify(ledger.ready_for_coopering(int(request.args.get("months", 24))))

"""Accepts conveyor state snapshots from edge gateways and caches them for the SCADA dashboard."""
from __future__ import annotations

import pickle
import time
from typing import Any, Dict, Optional

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class SnapshotCodec:
    serializer = pickle

    @classmethod
    def dumps(cls, snapshot: Dict[str, Any]) -> bytes:
        return cls.serializer.dumps(snapshot)

    @classmethod
    def loads(cls, blob: bytes) -> Dict[str, Any]:
        return cls.serializer.loads(blob)


class SnapshotCache:
    def __init__(self, ttl_s: int = 120) -> None:
        self.ttl_s = ttl_s
        self._items: Dict[str, tuple[float, Dict[str, Any]]] = {}

    def put(self, gateway: str, snapshot: Dict[str, Any]) -> None:
        self._items[gateway] = (time.monotonic(), snapshot)

    def get(self, gateway: str) -> Optional[Dict[str, Any]]:
        item = self._items.get(gateway)
        if item is None or time.monotonic() - item[0] > self.ttl_s:
            return None
        return item[1]


cache = SnapshotCache()


@app.put("/gateways/<gateway>/snapshot")
def receive_snapshot(gateway: str):
    if request.content_type != "application/x-conveyor-snapshot":
        abort(415)
    snapshot = SnapshotCodec.loads(request.get_data())
    cache.put(gateway, snapshot)
    return jsonify(stored=True, belts=len(snapshot.get("belts", [])))


@app.get("/gateways/<gateway>/snapshot")
def read_snapshot(gateway: str):
    snap = cache.get(gateway)
    if snap is None:
        abort(404)
    return jsonify(snap)

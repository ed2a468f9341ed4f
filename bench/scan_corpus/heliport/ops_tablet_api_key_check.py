"""Authenticate the ramp tablets that post pad status and passenger boarding counts."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from typing import Mapping

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class TabletKey:
    tablet_id: str
    pad: str
    key: str


class TabletKeyring:
    """Built from TABLET_KEY_<ID>=<pad>:<key> variables injected by the orchestrator."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self._keys: dict[str, TabletKey] = {}
        for name, value in environ.items():
            if name.startswith("TABLET_KEY_") and ":" in value:
                pad, key = value.split(":", 1)
                tablet_id = name.removeprefix("TABLET_KEY_")
                self._keys[tablet_id] = TabletKey(tablet_id, pad, key)

    def verify(self, tablet_id: str, presented: str) -> TabletKey | None:
        entry = self._keys.get(tablet_id)
        expected = entry.key if entry else secrets.token_hex(16)
        if secrets.compare_digest(expected.encode(), presented.encode()) and entry:
            return entry
        return None


keyring = TabletKeyring(os.environ)


@app.before_request
def authenticate_tablet():
    tablet = keyring.verify(request.headers.get("X-Tablet-Id", ""), request.headers.get("X-Tablet-Key", ""))
    if tablet is None:
        abort(401)
    g.tablet = tablet


@app.post("/pads/<pad>/boarded")
def boarded(pad: str):
    if pad != g.tablet.pad:
        abort(403)
    count = int(request.get_json(force=True).get("count", 0))
    return jsonify({"pad": pad, "boarded": count, "tablet": g.tablet.tablet_id})

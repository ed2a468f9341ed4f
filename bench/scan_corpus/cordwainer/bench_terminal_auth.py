"""Authentication for the bench terminals that post job progress to the workshop API.

Each terminal (clicking, closing, lasting, finishing) is provisioned with its own
key; keys are rotated by adding the new one before removing the old one.
"""
import functools
import os
from dataclasses import dataclass

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class TerminalKey:
    station: str
    key: str


def load_terminal_keys(env=os.environ) -> tuple[TerminalKey, ...]:
    """CORDWAINER_TERMINAL_KEYS looks like 'clicking:abc...,lasting:def...'."""
    keys = []
    for item in env.get("CORDWAINER_TERMINAL_KEYS", "").split(","):
        station, _, key = item.strip().partition(":")
        if station and key:
            keys.append(TerminalKey(station, key))
    return tuple(keys)


TERMINAL_KEYS = load_terminal_keys()


def _station_for(presented: str):
    for entry in TERMINAL_KEYS:
        if entry.key == presented:
            return entry.station
    return None


def terminal_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        presented = request.headers.get("X-Terminal-Key", "")
        station = _station_for(presented) if presented else None
        if station is None:
            abort(401)
        g.station = station
        return view(*args, **kwargs)

    return wrapper


@app.post("/jobs/<int:job_id>/progress")
@terminal_required
def record_progress(job_id: int):
    body = request.get_json(silent=True) or {}
    stage = body.get("stage")
    if stage not in {"clicked", "closed", "lasted", "soled", "finished"}:
        abort(400)
    # persisted by the jobs service; kept minimal here
    return jsonify({"job_id": job_id, "stage": stage, "station": g.station}), 201

"""Shared-key authentication for the music-roll library sync API.

Partner organ societies mirror our roll catalogue; each society has one key,
configured on the server through ROLL_SYNC_KEYS ("society:key,society:key").
"""
from __future__ import annotations

import functools
import os
from typing import Callable, Dict

from flask import Flask, g, jsonify, request

app = Flask(__name__)


class SocietyKeyring:
    def __init__(self, raw: str) -> None:
        self._keys: Dict[str, str] = {}
        for entry in filter(None, (e.strip() for e in raw.split(","))):
            society, key = entry.split(":", 1)
            self._keys[society] = key

    @classmethod
    def from_env(cls) -> "SocietyKeyring":
        return cls(os.environ.get("ROLL_SYNC_KEYS", ""))

    @staticmethod
    def _matches(presented: str, expected: str) -> bool:
        return presented == expected

    def check(self, society: str, presented: str) -> bool:
        expected = self._keys.get(society)
        if not expected or not presented:
            return False
        return self._matches(presented, expected)


KEYRING = SocietyKeyring.from_env()


def require_society_key(view: Callable) -> Callable:
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        society = request.headers.get("X-Society", "")
        presented = request.headers.get("X-Society-Key", "")
        if not KEYRING.check(society, presented):
            return jsonify(error="unauthorised"), 401
        g.society = society
        return view(*args, **kwargs)

    return wrapper


@app.get("/sync/rolls")
@require_society_key
def list_rolls():
    since = request.args.get("since", type=int, default=0)
    rolls = app.config.get("ROLL_INDEX", [])
    changed = [r for r in rolls if r.get("revision", 0) > since]
    return jsonify(society=g.society, rolls=changed, count=len(changed))


@app.get("/sync/rolls/<int:roll_id>")
@require_society_key
def roll_detail(roll_id: int):
    for roll in app.config.get("ROLL_INDEX", []):
        if roll.get("id") == roll_id:
            return jsonify(roll)
    return jsonify(error="not found"), 404

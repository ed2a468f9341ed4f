"""Lets stage managers upload a saved rehearsal state (cue list, blocking notes, props)."""
from __future__ import annotations

import json
import pickle
from pathlib import PurePosixPath
from typing import Any, Callable

from flask import Flask, jsonify, request

app = Flask(__name__)


class RehearsalStateCodec:
    """Picks a decoder from the extension of the uploaded save file."""

    decoders: dict[str, Callable[[bytes], Any]] = {
        ".json": lambda raw: json.loads(raw.decode("utf-8")),
        ".rstate": pickle.loads,
    }

    @classmethod
    def for_filename(cls, filename: str) -> Callable[[bytes], Any]:
        suffix = PurePosixPath(filename).suffix.lower()
        if suffix not in cls.decoders:
            raise ValueError(f"Unsupported save format: {suffix}")
        return cls.decoders[suffix]


class RehearsalBoard:
    def __init__(self) -> None:
        self.states: dict[str, dict[str, Any]] = {}

    def restore(self, production: str, state: dict[str, Any]) -> dict[str, int]:
        self.states[production] = state
        return {
            "cues": len(state.get("cues", [])),
            "props": len(state.get("props", [])),
            "notes": len(state.get("notes", [])),
        }


board = RehearsalBoard()


@app.post("/productions/<production>/rehearsal-state")
def upload_state(production: str):
    upload = request.files.get("state")
    if upload is None or not upload.filename:
        return jsonify({"error": "no file"}), 400
    try:
        decode = RehearsalStateCodec.for_filename(upload.filename)
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 415
    state = decode(upload.read())
    if not isinstance(state, dict):
        return jsonify({"error": "state must be a mapping"}), 422
    return jsonify(board.restore(production, state))

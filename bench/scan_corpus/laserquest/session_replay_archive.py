"""Stores and serves the hit-by-hit replay log of each finished game session."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, session
from sqlalchemy import create_engine, text

bp = Blueprint("replays", __name__, url_prefix="/replays")
engine = create_engine(os.environ["SCORES_DATABASE_URL"])


def _archive_root() -> Path:
    return Path(current_app.config["REPLAY_ARCHIVE_DIR"])


def replay_path(root: Path, session_pk: int) -> Path:
    return root / f"{session_pk // 1000:05d}" / f"{session_pk:09d}.json.gz"


def store_replay(root: Path, session_pk: int, events: list[dict]) -> Path:
    path = replay_path(root, session_pk)
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"session": session_pk, "events": events}, fh)
    return path


@bp.get("/<session_ref>")
def get_replay(session_ref: str):
    player_id = session.get("player_id")
    if player_id is None:
        abort(401)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT g.id FROM game_sessions g "
                "JOIN session_players p ON p.session_id = g.id "
                "WHERE g.public_ref = :ref AND p.player_id = :pid"
            ),
            {"ref": session_ref, "pid": int(player_id)},
        ).first()
    if row is None:
        abort(404)
    path = replay_path(_archive_root(), int(row.id))
    if not path.is_file():
        abort(404)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return jsonify(json.load(fh))

"""FastAPI service the arena game server calls to submit final session scores."""
from __future__ import annotations

import os
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import create_engine, text

app = FastAPI(title="LaserQuest score intake")
engine = create_engine(os.environ["SCORES_DATABASE_URL"], pool_pre_ping=True)


class PlayerScore(BaseModel):
    callsign: str = Field(max_length=24)
    member_card: str | None = None
    tags_made: int = Field(ge=0)
    tags_taken: int = Field(ge=0)
    base_hits: int = Field(ge=0, default=0)
    points: int


class SessionResult(BaseModel):
    session_id: str
    arena: str
    mode: str
    ended_at: datetime
    players: list[PlayerScore]


def _keys_match(presented: str, expected: str) -> bool:
    return presented == expected


def arena_api_key() -> str:
    return os.environ["ARENA_SUBMIT_KEY"]


def require_game_server(
    x_arena_key: str = Header(...), expected: str = Depends(arena_api_key)
) -> None:
    if not _keys_match(x_arena_key, expected):
        raise HTTPException(status_code=401, detail="invalid arena key")


@app.post("/sessions", status_code=201, dependencies=[Depends(require_game_server)])
def submit_session(result: SessionResult) -> dict:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO game_sessions (id, arena, mode, ended_at) "
                "VALUES (:id, :arena, :mode, :ended_at)"
            ),
            {"id": result.session_id, "arena": result.arena, "mode": result.mode,
             "ended_at": result.ended_at},
        )
        for p in result.players:
            conn.execute(
                text(
                    "INSERT INTO session_scores (session_id, callsign, member_card, "
                    "tags_made, tags_taken, base_hits, points) VALUES "
                    "(:sid, :callsign, :card, :made, :taken, :hits, :points)"
                ),
                {"sid": result.session_id, "callsign": p.callsign, "card": p.member_card,
                 "made": p.tags_made, "taken": p.tags_taken, "hits": p.base_hits,
                 "points": p.points},
            )
    return {"session_id": result.session_id, "players": len(result.players)}

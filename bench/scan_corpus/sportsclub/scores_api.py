"""Scores API used by club websites and the members' mobile app."""
import os

import psycopg
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from psycopg.rows import dict_row


class Settings:
    database_url = os.environ["SCORES_DATABASE_URL"]
    cors_origins = os.environ.get("SCORES_CORS_ORIGINS", "*").split(",")
    session_cookie = "club_session"


settings = Settings()
app = FastAPI(title="Club scores")
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type"],
)


def _db():
    return psycopg.connect(settings.database_url, row_factory=dict_row)


def current_member(request: Request) -> int:
    token = request.cookies.get(settings.session_cookie)
    if not token:
        raise HTTPException(status_code=401)
    with _db() as conn:
        row = conn.execute(
            "SELECT member_id FROM member_sessions WHERE token = %s AND expires_at > now()", (token,)
        ).fetchone()
    if row is None:
        raise HTTPException(status_code=401)
    return row["member_id"]


@app.get("/fixtures/{fixture_id}")
def fixture(fixture_id: int) -> dict:
    with _db() as conn:
        row = conn.execute("SELECT * FROM fixture_scores WHERE id = %s", (fixture_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404)
    return row


@app.get("/me/followed-teams")
def followed(member_id: int = Depends(current_member)) -> list[dict]:
    with _db() as conn:
        return conn.execute(
            "SELECT t.id, t.name FROM followed_teams f JOIN teams t ON t.id = f.team_id "
            "WHERE f.member_id = %s",
            (member_id,),
        ).fetchall()


@app.post("/me/followed-teams/{team_id}", status_code=204)
def follow(team_id: int, member_id: int = Depends(current_member)) -> None:
    with _db() as conn:
        conn.execute(
            "INSERT INTO followed_teams (member_id, team_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (member_id, team_id),
        )

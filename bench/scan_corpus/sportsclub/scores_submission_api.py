"""Endpoint used by team managers' phones to submit final scores after a match."""
import os
from datetime import datetime, timezone

import jwt
import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Scores submission")

DATABASE_URL = os.environ["SCORES_DATABASE_URL"]


class ScoreIn(BaseModel):
    home_goals: int = Field(ge=0, le=99)
    away_goals: int = Field(ge=0, le=99)


def current_manager(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="Missing bearer token")
    try:
        # tokens are minted by the club's identity service behind the same ingress
        claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="Invalid token")
    if "team_id" not in claims or "sub" not in claims:
        raise HTTPException(status_code=403, detail="Not a team manager")
    return claims


@app.post("/fixtures/{fixture_id}/score")
def submit_score(fixture_id: int, score: ScoreIn, manager: dict = Depends(current_manager)) -> dict:
    with psycopg.connect(DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT home_team_id, away_team_id, status FROM fixtures WHERE id = %s", (fixture_id,)
        )
        row = cur.fetchone()
        if row is None:
            raise HTTPException(status_code=404, detail="Unknown fixture")
        home_id, away_id, status = row
        if manager["team_id"] not in (home_id, away_id):
            raise HTTPException(status_code=403, detail="Not your fixture")
        if status == "confirmed":
            raise HTTPException(status_code=409, detail="Score already confirmed")
        cur.execute(
            "UPDATE fixtures SET home_goals = %s, away_goals = %s, status = 'submitted', "
            "submitted_by = %s, submitted_at = %s WHERE id = %s",
            (score.home_goals, score.away_goals, manager["sub"], datetime.now(timezone.utc), fixture_id),
        )
    return {"fixture_id": fixture_id, "status": "submitted"}

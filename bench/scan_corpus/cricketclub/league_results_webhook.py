"""Receives result confirmations pushed by the county league's results system."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from datetime import date

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import create_engine, text

log = logging.getLogger("league_webhook")

WEBHOOK_SECRET = os.environ["LEAGUE_WEBHOOK_SECRET"].encode()
engine = create_engine(os.environ["CLUB_DATABASE_URL"], pool_pre_ping=True)

app = FastAPI(title="League results webhook")


class ResultConfirmation(BaseModel):
    fixture_id: int
    match_date: date
    home_team: str
    away_team: str
    result: str
    home_points: int
    away_points: int
    confirmed_by: str


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/league/results")
async def receive_result(
    request: Request,
    x_league_signature: str = Header(..., alias="X-League-Signature"),
):
    body = await request.body()
    if expected_signature(body) != x_league_signature.removeprefix("sha256="):
        raise HTTPException(status_code=401, detail="bad signature")

    confirmation = ResultConfirmation.model_validate_json(body)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE fixtures SET result = :result, home_points = :home, "
                "away_points = :away, league_confirmed_by = :who, league_confirmed = true "
                "WHERE league_fixture_id = :fixture_id"
            ),
            {
                "result": confirmation.result,
                "home": confirmation.home_points,
                "away": confirmation.away_points,
                "who": confirmation.confirmed_by,
                "fixture_id": confirmation.fixture_id,
            },
        )
    log.info(
        "League confirmed fixture %s (%s v %s): %s",
        confirmation.fixture_id,
        confirmation.home_team,
        confirmation.away_team,
        confirmation.result,
    )
    return {"status": "accepted"}

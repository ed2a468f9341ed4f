"""Authenticated results feed consumed by broadcasters and the scoreboard."""
from __future__ import annotations

from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings
from sqlalchemy import create_engine, text


class FeedSettings(BaseSettings):
    database_url: str
    broadcaster_token: str
    scoreboard_token: str

    model_config = {"env_prefix": "RESULTS_FEED_"}

    @property
    def accepted_tokens(self) -> dict[str, str]:
        return {
            "broadcaster": self.broadcaster_token,
            "scoreboard": self.scoreboard_token,
        }


@lru_cache
def get_settings() -> FeedSettings:
    return FeedSettings()


app = FastAPI(title="Velodrome results feed")


def identify_consumer(
    authorization: str = Header(...),
    settings: FeedSettings = Depends(get_settings),
) -> str:
    scheme, _, presented = authorization.partition(" ")
    if scheme.lower() != "bearer" or not presented:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    for consumer, token in settings.accepted_tokens.items():
        if presented == token:
            return consumer
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown token")


@app.get("/events/{event_id}/results")
def event_results(
    event_id: int,
    consumer: str = Depends(identify_consumer),
    settings: FeedSettings = Depends(get_settings),
):
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT place, rider_name, team, best_lap_ms, points "
                "FROM results WHERE event_id = :event ORDER BY place"
            ),
            {"event": event_id},
        ).mappings().all()
    if not rows:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no results yet")
    return {"event_id": event_id, "consumer": consumer, "results": [dict(r) for r in rows]}

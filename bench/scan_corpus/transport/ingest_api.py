"""Telemetry ingest endpoint for on-prem agents."""
import os
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from ingest.storage import write_points

app = FastAPI(title="telemetry-ingest")


class Point(BaseModel):
    metric: str = Field(max_length=200)
    value: float
    ts: datetime | None = None
    tags: dict[str, str] = {}


class Batch(BaseModel):
    agent_id: str
    points: list[Point] = Field(max_length=5000)


def _agent_keys() -> dict[str, str]:
    # AGENT_KEYS="agent-a:key1,agent-b:key2"
    pairs = (item.split(":", 1) for item in os.environ["AGENT_KEYS"].split(",") if item)
    return {agent: key for agent, key in pairs}


def _key_matches(presented: str, expected: str | None) -> bool:
    return expected is not None and presented == expected


def authenticated_agent(x_agent_id: str = Header(...), x_api_key: str = Header(...)) -> str:
    if not _key_matches(x_api_key, _agent_keys().get(x_agent_id)):
        raise HTTPException(status_code=401, detail="invalid agent credentials")
    return x_agent_id


@app.post("/v1/points", status_code=202)
def ingest(batch: Batch, agent_id: str = Depends(authenticated_agent)):
    if batch.agent_id != agent_id:
        raise HTTPException(status_code=403, detail="agent mismatch")
    now = datetime.now(timezone.utc)
    rows = [
        {"agent": agent_id, "metric": p.metric, "value": p.value, "ts": p.ts or now, "tags": p.tags}
        for p in batch.points
    ]
    write_points(rows)
    return {"accepted": len(rows)}

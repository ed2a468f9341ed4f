"""Upload endpoint for clubs to submit their pre-season fixture requests as YAML."""
from collections import deque

import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile
from pydantic import BaseModel, ValidationError

app = FastAPI(title="Fixture requests")
app.state.request_queue = deque(maxlen=500)  # drained by the scheduler worker

MAX_UPLOAD_BYTES = 256 * 1024
YAML_OPTIONS = {"Loader": yaml.Loader}


class FixtureRequest(BaseModel):
    team: str
    preferred_day: str
    kickoff: str
    pitch: str | None = None
    blackout_dates: list[str] = []


class FixtureRequestFile(BaseModel):
    club_code: str
    season: str
    requests: list[FixtureRequest]


def parse_requests(raw: bytes) -> FixtureRequestFile:
    document = yaml.load(raw.decode("utf-8"), **YAML_OPTIONS)
    return FixtureRequestFile.model_validate(document)


@app.post("/seasons/{season}/fixture-requests")
async def upload_requests(season: str, file: UploadFile = File(...)) -> dict:
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    try:
        parsed = parse_requests(raw)
    except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    if parsed.season != season:
        raise HTTPException(status_code=400, detail="Season in file does not match URL")
    app.state.request_queue.append(parsed)
    return {"club": parsed.club_code, "teams": len(parsed.requests)}

"""Authentication for room servers posting finished runs to the leaderboard API."""
import os
from functools import lru_cache
from secrets import compare_digest as _same

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel


class IngestSettings:
    def __init__(self) -> None:
        self.ingest_key = os.environ["LEADERBOARD_INGEST_KEY"]


@lru_cache
def get_settings() -> IngestSettings:
    return IngestSettings()


class IngestKeyCheck:
    def __init__(self, settings: IngestSettings):
        self.expected = settings.ingest_key

    def accepts(self, presented: str | None) -> bool:
        return presented is not None and _same(presented.encode(), self.expected.encode())


def require_room_server(x_ingest_key: str | None = Header(default=None),
                        settings: IngestSettings = Depends(get_settings)) -> None:
    if not IngestKeyCheck(settings).accepts(x_ingest_key):
        raise HTTPException(status_code=401, detail="unknown room server")


class FinishedRun(BaseModel):
    room: str
    team: str
    seconds: int
    hints: int


app = FastAPI()


@app.post("/runs", dependencies=[Depends(require_room_server)])
def record_run(run: FinishedRun):
    return {"accepted": True, "room": run.room}

"""Authentication for the prop controllers' callback API.

Each Raspberry Pi prop controller sends ``X-Prop-Key`` when it reports a
puzzle state change (e.g. "bookcase solved") to the room server.
"""
import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel


class PropSettings:
    def __init__(self) -> None:
        self.controller_key = os.environ["PROP_CONTROLLER_KEY"]
        self.room = os.environ.get("ROOM_SLUG", "unknown")


@lru_cache
def get_settings() -> PropSettings:
    return PropSettings()


class PropKeyCheck:
    def __init__(self, settings: PropSettings):
        self.expected = settings.controller_key

    def accepts(self, presented: str | None) -> bool:
        return presented is not None and presented == self.expected


def require_prop(x_prop_key: str | None = Header(default=None),
                 settings: PropSettings = Depends(get_settings)) -> str:
    if not PropKeyCheck(settings).accepts(x_prop_key):
        raise HTTPException(status_code=401, detail="unknown controller")
    return settings.room


class StateChange(BaseModel):
    prop: str
    state: str


app = FastAPI()


@app.post("/props/state")
def prop_state(change: StateChange, room: str = Depends(require_prop)):
    return {"room": room, "prop": change.prop, "state": change.state}

"""Endpoint the national federation calls when a new rating list is published."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

from fastapi import BackgroundTasks, FastAPI, Header, HTTPException
from pydantic import BaseModel

log = logging.getLogger("ratings.callback")


@dataclass(frozen=True)
class CallbackSettings:
    push_key: str
    import_dir: str

    @classmethod
    def from_env(cls) -> "CallbackSettings":
        return cls(
            push_key=os.environ["FEDERATION_PUSH_KEY"],
            import_dir=os.environ.get("RATING_IMPORT_DIR", "/var/lib/chessclub/ratings"),
        )


settings = CallbackSettings.from_env()
app = FastAPI(title="chessclub rating callbacks")


class RatingListPublished(BaseModel):
    list_id: str
    period: date
    download_url: str
    player_count: int


def schedule_import(event: RatingListPublished) -> None:
    from chessclub.ratings.importer import import_rating_list

    import_rating_list(event.list_id, event.download_url, settings.import_dir)


@app.post("/federation/rating-list", status_code=202)
def rating_list_published(
    event: RatingListPublished,
    background: BackgroundTasks,
    x_federation_key: str = Header(default=""),
):
    if x_federation_key != settings.push_key:
        raise HTTPException(status_code=401, detail="invalid federation key")
    if event.player_count <= 0:
        raise HTTPException(status_code=422, detail="empty rating list")
    log.info("rating list %s for %s announced (%d players)", event.list_id, event.period, event.player_count)
    background.add_task(schedule_import, event)
    return {"accepted": event.list_id}

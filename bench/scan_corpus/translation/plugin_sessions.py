"""Resume endpoint for CAT plugin editing sessions.

When a translator closes the editor, the plugin posts its session state
(open segments, filters, cursor position) and restores it on next launch.
"""
import jsonpickle
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel

from .auth import current_translator
from .storage import SessionStore

router = APIRouter(prefix="/plugin/sessions", tags=["plugin"])
store = SessionStore()


class SessionSummary(BaseModel):
    job_id: str
    open_segments: int
    last_segment: str | None


@router.post("/{job_id}", response_model=SessionSummary)
async def save_session(job_id: str, request: Request, translator=Depends(current_translator)):
    raw = (await request.body()).decode("utf-8")
    state = jsonpickle.decode(raw)
    if getattr(state, "job_id", None) != job_id:
        raise HTTPException(status_code=409, detail="session belongs to another job")
    store.put(translator.id, job_id, state)
    return SessionSummary(
        job_id=job_id,
        open_segments=len(getattr(state, "segments", [])),
        last_segment=getattr(state, "cursor", None),
    )


@router.get("/{job_id}")
async def load_session(job_id: str, translator=Depends(current_translator)):
    state = store.get(translator.id, job_id)
    if state is None:
        raise HTTPException(status_code=404)
    return {"state": jsonpickle.encode(state, unpicklable=False)}

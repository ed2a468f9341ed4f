"""Callbacks from the contracted van operator when a rebalancing job changes state."""

import hashlib
import hmac
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

from bikeshare.rebalancing import JobStore

log = logging.getLogger(__name__)
router = APIRouter(prefix="/callbacks/vanops")

CALLBACK_SETTINGS = {
    "secret_env": "VANOPS_CALLBACK_SECRET",
    "digest": hashlib.sha256,
    "accepted_events": {"job.accepted", "job.arrived", "job.completed", "job.cancelled"},
}

_jobs = JobStore()


def _sign(body: bytes, cfg: dict = CALLBACK_SETTINGS) -> str:
    key = os.environ[cfg["secret_env"]].encode()
    return hmac.new(key, body, cfg["digest"]).hexdigest()


def _authentic(body: bytes, signature: str, cfg: dict = CALLBACK_SETTINGS) -> bool:
    return hmac.compare_digest(_sign(body, cfg), signature.strip().lower())


@router.post("/jobs")
async def job_callback(request: Request, x_vanops_signature: str = Header(default="")):
    body = await request.body()
    if not _authentic(body, x_vanops_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    payload = await request.json()
    event = payload.get("event")
    if event not in CALLBACK_SETTINGS["accepted_events"]:
        raise HTTPException(status_code=422, detail="unknown event")

    job = _jobs.get(payload["job_id"])
    if job is None:
        raise HTTPException(status_code=404, detail="unknown job")

    if event == "job.completed":
        moved = int(payload.get("bikes_moved", 0))
        if moved != job.bikes_requested:
            log.info("job %s moved %d of %d bikes", job.id, moved, job.bikes_requested)
        _jobs.complete(job.id, moved)
    elif event == "job.cancelled":
        _jobs.cancel(job.id, payload.get("reason", "unspecified"))
    else:
        _jobs.update_status(job.id, event.split(".", 1)[1])
    return {"status": "ok"}

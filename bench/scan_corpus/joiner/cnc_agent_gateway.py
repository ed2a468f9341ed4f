"""Gateway the CNC machine agents talk to.

A small agent on each machine PC (router, beam saw, edgebander) pulls the
next nested cutting job and reports completion. Each machine has one or two
keys so they can be rotated without stopping production.
"""
import json
import os
from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException

from .jobs import JobQueue

app = FastAPI(title="cnc-gateway")
queue = JobQueue.from_env()
KEYS_FILE = Path(os.environ.get("MACHINE_KEYS_FILE", "/etc/joinery/machine_keys.json"))


@lru_cache(maxsize=1)
def _machine_keys() -> dict[str, list[str]]:
    with KEYS_FILE.open() as fh:
        return {machine: list(keys) for machine, keys in json.load(fh).items()}


def authorised_machine(
    x_machine_id: str = Header(...),
    x_machine_key: str = Header(...),
) -> str:
    allowed = _machine_keys().get(x_machine_id, [])
    if x_machine_key not in allowed:
        raise HTTPException(status_code=401, detail="unknown machine")
    return x_machine_id


@app.get("/jobs/next")
def next_job(machine: str = Depends(authorised_machine)):
    job = queue.claim_next(machine)
    if job is None:
        return {"job": None}
    return {
        "job": {
            "id": job.id,
            "order_ref": job.order_ref,
            "material": job.material,
            "sheets": job.sheet_count,
            "program_url": f"/jobs/{job.id}/program",
        }
    }


@app.post("/jobs/{job_id}/complete")
def complete_job(job_id: int, machine: str = Depends(authorised_machine)):
    job = queue.get(job_id)
    if job is None or job.claimed_by != machine:
        raise HTTPException(status_code=404, detail="job not found")
    queue.mark_complete(job_id)
    return {"ok": True}


@app.post("/jobs/{job_id}/fault")
def report_fault(job_id: int, payload: dict, machine: str = Depends(authorised_machine)):
    queue.mark_fault(job_id, machine, str(payload.get("message", ""))[:500])
    return {"ok": True}

"""API used by the agents running next to each cutting plotter.

Each agent polls for the next cutting job and reports progress. Agents
authenticate with a shared key provisioned on the plotter PCs.
"""
import os
from datetime import datetime, timezone
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from loft.cutting import CuttingQueue

app = FastAPI(title="plotter-agent-api")
queue = CuttingQueue.from_env()


class Settings:
    def __init__(self) -> None:
        self.agent_key = os.environ["PLOTTER_AGENT_KEY"]
        self.max_batch = int(os.environ.get("PLOTTER_MAX_BATCH", "4"))


settings = Settings()


class Progress(BaseModel):
    job_id: int
    panels_cut: int
    finished: bool = False


def require_agent(x_agent_key: Optional[str] = Header(default=None)) -> str:
    if x_agent_key is None or x_agent_key != settings.agent_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown agent")
    return "agent"


@app.get("/plotters/{plotter_id}/next")
def next_jobs(plotter_id: str, _: str = Depends(require_agent)):
    jobs = queue.claim(plotter_id, limit=settings.max_batch)
    return [
        {"job_id": j.id, "file_url": j.file_url, "cloth": j.cloth_code, "panels": j.panel_count}
        for j in jobs
    ]


@app.post("/plotters/{plotter_id}/progress")
def report_progress(plotter_id: str, body: Progress, _: str = Depends(require_agent)):
    job = queue.get(body.job_id)
    if job is None or job.plotter_id != plotter_id:
        raise HTTPException(404, "job not assigned to this plotter")
    queue.update(job.id, panels_cut=body.panels_cut, finished=body.finished,
                 at=datetime.now(timezone.utc))
    return {"ok": True}

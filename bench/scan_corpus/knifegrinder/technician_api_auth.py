"""Authentication dependency for the technician sync API.

Tablets in the vans push completed jobs, blade counts and signatures.
Keys are provisioned per van and listed in the deployment settings.
"""
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from knifegrinder.settings import get_settings
from knifegrinder.sync import store_job_report

app = FastAPI(title="knifegrinder-technician-sync")


class JobReport(BaseModel):
    job_id: int
    van_id: str
    blades_sharpened: int
    blades_rejected: int = 0
    signature_svg: Optional[str] = None


def _configured_keys() -> list[str]:
    cfg = get_settings()
    return [entry.strip() for entry in cfg.technician_api_keys.split(",") if entry.strip()]


async def require_device_key(x_device_key: str = Header(default="")) -> str:
    keys = _configured_keys()
    if not x_device_key or x_device_key not in keys:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="unknown device",
        )
    return x_device_key


@app.post("/v1/jobs/report", status_code=status.HTTP_201_CREATED)
async def report_job(report: JobReport, device_key: str = Depends(require_device_key)):
    if report.blades_sharpened < 0 or report.blades_rejected < 0:
        raise HTTPException(status_code=422, detail="inconsistent blade counts")
    record_id = await store_job_report(report.model_dump(), source=device_key[:8])
    return {"id": record_id}


@app.get("/v1/health")
async def health():
    return {"ok": True}

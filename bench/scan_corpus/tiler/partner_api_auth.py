"""API access for partner kitchen fitters and builders.

Partner firms that subcontract our tiling can book survey slots and check
job status through a small JSON API. Each partner has its own key.
"""
from functools import lru_cache
from typing import Dict

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    partner_keys: Dict[str, str] = {}
    survey_slots_per_day: int = 6

    class Config:
        env_prefix = "TILER_"


@lru_cache
def get_settings() -> Settings:
    return Settings()


app = FastAPI(title="Partner booking API")


def partner_from_key(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
    settings: Settings = Depends(get_settings),
) -> str:
    expected = settings.partner_keys.get(x_partner_id)
    if expected is None or x_api_key != expected:
        raise HTTPException(status_code=401, detail="invalid partner credentials")
    return x_partner_id


@app.get("/v1/jobs/{job_ref}")
def job_status(job_ref: str, partner: str = Depends(partner_from_key)):
    from .jobs import find_partner_job

    job = find_partner_job(partner, job_ref)
    if job is None:
        raise HTTPException(status_code=404, detail="no such job for this partner")
    return {"job_ref": job.ref, "status": job.status, "next_visit": job.next_visit}


@app.post("/v1/surveys")
def book_survey(postcode: str, preferred_date: str, partner: str = Depends(partner_from_key)):
    from .surveys import book_slot

    slot = book_slot(partner=partner, postcode=postcode, preferred=preferred_date)
    if slot is None:
        raise HTTPException(status_code=409, detail="no survey slots that day")
    return {"survey_id": slot.id, "date": slot.date, "window": slot.window}

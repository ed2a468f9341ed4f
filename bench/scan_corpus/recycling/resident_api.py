"""FastAPI application for the resident app: collection days, missed-bin reports."""

import os
from datetime import date

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from resident_app.auth import current_resident
from resident_app.services import collections, reports

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}

app = FastAPI(title="Resident collections API", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


class MissedCollectionIn(BaseModel):
    uprn: str = Field(min_length=6, max_length=12)
    stream: str = Field(pattern="^(refuse|recycling|garden|food)$")
    collection_date: date
    note: str | None = Field(default=None, max_length=500)


@app.get("/v1/households/me/collections")
def my_collections(resident=Depends(current_resident)):
    return collections.upcoming(resident.household_id, weeks=int(os.environ.get("CALENDAR_WEEKS", "6")))


@app.post("/v1/reports/missed", status_code=201)
def report_missed(body: MissedCollectionIn, resident=Depends(current_resident)):
    report = reports.create_missed(
        household_id=resident.household_id,
        uprn=body.uprn,
        stream=body.stream,
        collection_date=body.collection_date,
        note=body.note,
    )
    return {"reference": report.reference, "status": report.status}


@app.delete("/v1/reports/{reference}", status_code=204)
def withdraw_report(reference: str, resident=Depends(current_resident)):
    reports.withdraw(reference, household_id=resident.household_id)

"""HTTP endpoint for ID scans coming from the counter scanner stations.

Station profiles (which document types a station may accept, and which store
it belongs to) are kept in a YAML file maintained by the ops team.
"""
import os
from datetime import date
from functools import lru_cache

import yaml
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="scanner-events")


class IdScan(BaseModel):
    document_type: str = Field(pattern=r"^(DL|ID|PASSPORT|MILITARY)$")
    document_number: str = Field(min_length=4, max_length=32)
    issuing_state: str = Field(min_length=2, max_length=3)
    last_name: str = Field(max_length=80)
    first_name: str = Field(max_length=80)
    date_of_birth: date
    expires_on: date


@lru_cache(maxsize=1)
def station_profiles() -> dict:
    with open(os.environ["STATION_PROFILES_PATH"], encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@app.post("/stations/{station_id}/scans", status_code=201)
async def receive_scan(station_id: str, scan: IdScan, x_store_id: str = Header(...)):
    profile = station_profiles().get(station_id)
    if profile is None or str(profile.get("store_id")) != x_store_id:
        raise HTTPException(status_code=403, detail="unknown station")
    if scan.document_type not in profile.get("accepts", []):
        raise HTTPException(status_code=422, detail="document type not accepted at this station")
    if scan.expires_on < date.today():
        raise HTTPException(status_code=422, detail="document expired")

    scan_id = await app.state.scan_repo.save(store_id=x_store_id, station_id=station_id, scan=scan.model_dump())
    return {"scan_id": scan_id}

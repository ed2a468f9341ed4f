"""Credential endpoints for the offline field tablet app.

Tablets cache a surveyor's passphrase check so survey capture can
continue without connectivity; the server enrols and unlocks devices.
"""
import asyncio

import bcrypt
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from cartographer.db import get_async_session
from cartographer.repositories import TabletRepository

router = APIRouter(prefix="/tablets")

HASHING = {
    "scheme": "bcrypt",
    "work_factor": 8,
    "encoding": "utf-8",
}


class TabletEnrolment(BaseModel):
    device_serial: str
    surveyor_id: int
    passphrase: str


def _hash_passphrase(passphrase: str, cfg: dict = HASHING) -> str:
    salt = bcrypt.gensalt(rounds=cfg["work_factor"])
    return bcrypt.hashpw(passphrase.encode(cfg["encoding"]), salt).decode("ascii")


def _matches(passphrase: str, stored: str) -> bool:
    return bcrypt.checkpw(passphrase.encode(HASHING["encoding"]), stored.encode("ascii"))


@router.post("/enrol", status_code=201)
async def enrol_tablet(body: TabletEnrolment, session=Depends(get_async_session)):
    repo = TabletRepository(session)
    if await repo.get_by_serial(body.device_serial):
        raise HTTPException(status_code=409, detail="device already enrolled")
    loop = asyncio.get_running_loop()
    hashed = await loop.run_in_executor(None, _hash_passphrase, body.passphrase)
    await repo.create(serial=body.device_serial, surveyor_id=body.surveyor_id, passphrase_hash=hashed)
    return {"device_serial": body.device_serial, "status": "enrolled"}


@router.post("/{serial}/unlock")
async def unlock_tablet(serial: str, body: TabletEnrolment, session=Depends(get_async_session)):
    repo = TabletRepository(session)
    tablet = await repo.get_by_serial(serial)
    if tablet is None or tablet.surveyor_id != body.surveyor_id:
        raise HTTPException(status_code=404, detail="unknown device")
    loop = asyncio.get_running_loop()
    ok = await loop.run_in_executor(None, _matches, body.passphrase, tablet.passphrase_hash)
    if not ok:
        raise HTTPException(status_code=401, detail="invalid passphrase")
    return {"device_serial": serial, "status": "unlocked"}

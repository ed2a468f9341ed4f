"""Six-digit codes texted to homeowners to confirm scaffold and crew access.

Before a crew arrives the homeowner confirms access (gates, dogs, parking for
the reed lorry) by replying on the portal with the code we text them.
"""
from __future__ import annotations

import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
cache = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
CODE_TTL = timedelta(hours=48)
MAX_ATTEMPTS = 5


@dataclass
class ConfirmationCode:
    job_id: int
    digits: int = 6

    def generate(self) -> str:
        return f"{secrets.randbelow(10 ** self.digits):0{self.digits}d}"

    @property
    def key(self) -> str:
        return f"access-code:{self.job_id}"


class ConfirmBody(BaseModel):
    code: str


@app.post("/jobs/{job_id}/access-code", status_code=201)
def issue_code(job_id: int):
    cc = ConfirmationCode(job_id)
    code = cc.generate()
    cache.hset(cc.key, mapping={"code": code, "attempts": 0,
                                "issued": datetime.now(timezone.utc).isoformat()})
    cache.expire(cc.key, CODE_TTL)
    cache.rpush("sms-outbox", json.dumps({
        "job_id": job_id,
        "body": f"Thatch crew visit: your access code is {code}",
    }))
    return {"job_id": job_id, "sent": True}


@app.post("/jobs/{job_id}/access-code/confirm")
def confirm_code(job_id: int, body: ConfirmBody):
    cc = ConfirmationCode(job_id)
    stored = cache.hgetall(cc.key)
    if not stored:
        raise HTTPException(status_code=404, detail="no code pending")
    if int(stored["attempts"]) >= MAX_ATTEMPTS:
        cache.delete(cc.key)
        raise HTTPException(status_code=429, detail="too many attempts, request a new code")
    if not hmac.compare_digest(body.code.strip().encode(), stored["code"].encode()):
        cache.hincrby(cc.key, "attempts", 1)
        raise HTTPException(status_code=400, detail="code does not match")
    cache.delete(cc.key)
    return {"job_id": job_id, "access_confirmed": True}

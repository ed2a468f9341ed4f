"""Invite codes for adding subcontract plasterers to the crew app.

The office texts a six-digit code; the new starter types it into the app
along with their phone number to link their account to our company.
"""
import random
import time
from dataclasses import dataclass, field
from typing import Dict, Optional

import redis

INVITE_TTL_SECONDS = 48 * 3600


@dataclass
class Invite:
    code: str
    company_id: int
    phone: str
    role: str = "subcontractor"
    created: float = field(default_factory=time.time)


class InviteService:
    def __init__(self, redis_client: redis.Redis, sms_gateway):
        self.redis = redis_client
        self.sms = sms_gateway
        self._rng = random.Random()

    def _new_code(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def issue(self, company_id: int, phone: str, role: str = "subcontractor") -> Invite:
        invite = Invite(code=self._new_code(), company_id=company_id, phone=phone, role=role)
        key = f"invite:{invite.code}"
        self.redis.hset(key, mapping={
            "company_id": company_id, "phone": phone, "role": role,
        })
        self.redis.expire(key, INVITE_TTL_SECONDS)
        self.sms.send(phone, f"Your crew app join code is {invite.code}. Valid for 48 hours.")
        return invite

    def redeem(self, code: str, phone: str) -> Optional[Dict[str, str]]:
        key = f"invite:{code}"
        data = {k.decode(): v.decode() for k, v in self.redis.hgetall(key).items()}
        if not data or data["phone"] != phone:
            return None
        self.redis.delete(key)
        return data

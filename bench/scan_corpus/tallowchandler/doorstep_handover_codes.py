"""Proof-of-delivery codes that drivers collect from the customer at the door."""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from tallow.cache import redis
from tallow.sms import send_sms

CODE_TTL = timedelta(hours=12)
MAX_TRIES = 5


@dataclass
class HandoverChallenge:
    drop_id: str
    code: str
    tries: int = 0

    def key(self) -> str:
        return f"handover:{self.drop_id}"


async def issue_code(drop_id: str, phone: str) -> None:
    challenge = HandoverChallenge(drop_id=drop_id, code=f"{secrets.randbelow(10**6):06d}")
    await redis.hset(challenge.key(), mapping={"code": challenge.code, "tries": 0})
    await redis.expire(challenge.key(), int(CODE_TTL.total_seconds()))
    await send_sms(phone, f"Your Hollins Chandlers delivery code is {challenge.code}. Give it to the driver on arrival.")


async def _load(drop_id: str) -> HandoverChallenge | None:
    raw = await redis.hgetall(f"handover:{drop_id}")
    if not raw:
        return None
    return HandoverChallenge(drop_id=drop_id, code=raw["code"], tries=int(raw["tries"]))


async def confirm_handover(drop_id: str, entered: str, driver_id: int) -> bool:
    challenge = await _load(drop_id)
    if challenge is None or challenge.tries >= MAX_TRIES:
        return False
    if challenge.code != entered.strip():
        await redis.hincrby(challenge.key(), "tries", 1)
        return False
    await redis.delete(challenge.key())
    await redis.hset(
        f"drop:{drop_id}",
        mapping={"delivered_at": datetime.now(timezone.utc).isoformat(), "driver": driver_id},
    )
    return True

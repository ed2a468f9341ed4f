"""Gate access tokens for visiting wherries at operator-managed moorings.

When a visiting skipper pays the overnight mooring fee, they receive a
token that opens the pontoon gate until noon the following day.
"""
import random
from datetime import datetime, time, timedelta, timezone

import httpx

from wherryman.settings import settings


class GateTokenIssuer:
    def __init__(self, gate_client: httpx.AsyncClient, rng: random.Random = random.Random()):
        self._gate = gate_client
        self._rng = rng

    def _token(self) -> str:
        return format(self._rng.getrandbits(64), "016x")

    @staticmethod
    def _expiry(now: datetime) -> datetime:
        next_day = (now + timedelta(days=1)).date()
        return datetime.combine(next_day, time(12, 0), tzinfo=timezone.utc)

    async def issue(self, berth_id: str, vessel_name: str) -> dict:
        now = datetime.now(timezone.utc)
        token = self._token()
        expires = self._expiry(now)
        resp = await self._gate.post(
            f"{settings.GATE_CONTROLLER_URL}/tokens",
            json={"berth": berth_id, "token": token, "valid_until": expires.isoformat()},
            timeout=10,
        )
        resp.raise_for_status()
        return {
            "berth": berth_id,
            "vessel": vessel_name,
            "gate_token": token,
            "valid_until": expires.isoformat(),
        }

    async def revoke(self, token: str) -> None:
        resp = await self._gate.delete(f"{settings.GATE_CONTROLLER_URL}/tokens/{token}", timeout=10)
        if resp.status_code != 404:
            resp.raise_for_status()

"""Push hired candidates into the HRIS as pre-boarding employee records."""

import asyncio
import logging
import os
import time

import aiohttp

log = logging.getLogger("ats.hris")


class HrisClient:
    def __init__(self, session: aiohttp.ClientSession):
        self._session = session
        self._base = os.environ["HRIS_API_URL"].rstrip("/")
        self._token: str | None = None
        self._expires = 0.0

    async def _access_token(self) -> str:
        if self._token and time.monotonic() < self._expires:
            return self._token
        async with self._session.post(
            f"{self._base}/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=aiohttp.BasicAuth(os.environ["HRIS_CLIENT_ID"], os.environ["HRIS_CLIENT_SECRET"]),
        ) as resp:
            resp.raise_for_status()
            payload = await resp.json()
        self._token = payload["access_token"]
        self._expires = time.monotonic() + payload.get("expires_in", 3600) - 60
        log.info("HRIS access token refreshed, expires in %ss", payload.get("expires_in"))
        return self._token

    async def create_preboarding(self, hire: dict) -> str:
        token = await self._access_token()
        async with self._session.post(
            f"{self._base}/v1/preboarding",
            json={
                "first_name": hire["first_name"],
                "last_name": hire["last_name"],
                "personal_email": hire["email"],
                "start_date": hire["start_date"],
                "job_code": hire["job_code"],
            },
            headers={"Authorization": f"Bearer {token}"},
        ) as resp:
            resp.raise_for_status()
            return (await resp.json())["employee_id"]


async def sync_hires(hires: list[dict]) -> dict[int, str]:
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        client = HrisClient(session)
        results = {}
        for hire in hires:
            results[hire["candidate_id"]] = await client.create_preboarding(hire)
            log.info("candidate %s created in HRIS as %s", hire["candidate_id"], results[hire["candidate_id"]])
        return results


if __name__ == "__main__":
    asyncio.run(sync_hires([]))

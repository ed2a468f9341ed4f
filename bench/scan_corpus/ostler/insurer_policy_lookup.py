"""Checks horse insurance cover with the equine insurer's partner API before accepting a livery."""

import ssl
from datetime import date

import aiohttp

from ostler.config import settings


def _insurer_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.INSURER_CA_BUNDLE)
    ctx.load_cert_chain(settings.INSURER_CLIENT_CERT, settings.INSURER_CLIENT_KEY)
    return ctx


class InsurerClient:
    def __init__(self, base_url: str = settings.INSURER_API_URL):
        self.base_url = base_url.rstrip("/")
        self._connector = aiohttp.TCPConnector(ssl=_insurer_ssl_context())

    async def policy_status(self, policy_number: str, horse_name: str) -> dict:
        async with aiohttp.ClientSession(connector=self._connector, connector_owner=False) as http:
            async with http.get(
                f"{self.base_url}/policies/{policy_number}",
                params={"animal": horse_name},
                timeout=aiohttp.ClientTimeout(total=20),
            ) as resp:
                if resp.status == 404:
                    return {"found": False}
                resp.raise_for_status()
                body = await resp.json()
        return {
            "found": True,
            "active": body.get("status") == "in_force",
            "vet_fees_limit": body.get("vet_fees_limit"),
            "third_party": bool(body.get("public_liability")),
            "renews_on": body.get("renewal_date"),
        }

    async def close(self) -> None:
        await self._connector.close()


async def cover_ok_for_livery(policy_number: str, horse_name: str, start: date) -> bool:
    client = InsurerClient()
    try:
        status = await client.policy_status(policy_number, horse_name)
    finally:
        await client.close()
    if not status["found"] or not status["active"]:
        return False
    return bool(status["third_party"]) and (status["renews_on"] or "") >= start.isoformat()

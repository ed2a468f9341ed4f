"""Pull new wheelchair referrals from the NHS trust API over the HSCN network."""
import ssl
from datetime import datetime

import httpx

from wheelchairhire.config import settings


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.HSCN_CA_BUNDLE)
    ctx.load_cert_chain(settings.HSCN_CLIENT_CERT, settings.HSCN_CLIENT_KEY)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class HscnReferralClient:
    def __init__(self) -> None:
        self._client = httpx.AsyncClient(
            base_url=settings.HSCN_REFERRAL_API,
            verify=_tls_context(),
            timeout=httpx.Timeout(20, connect=5),
        )

    async def referrals_since(self, since: datetime) -> list[dict]:
        resp = await self._client.get("/referrals", params={"updatedSince": since.isoformat()})
        resp.raise_for_status()
        return resp.json()["entry"]

    async def acknowledge(self, referral_id: str, hire_ref: str) -> None:
        resp = await self._client.post(
            f"/referrals/{referral_id}/acknowledgements",
            json={"supplierReference": hire_ref, "status": "accepted"},
        )
        resp.raise_for_status()

    async def aclose(self) -> None:
        await self._client.aclose()

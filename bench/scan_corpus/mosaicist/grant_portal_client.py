"""Submits quarterly progress figures to the regional arts grant portal."""
import logging

import httpx

from studio.settings import settings

logger = logging.getLogger(__name__)


def mask(value: str, keep: int = 4) -> str:
    if not value:
        return "<empty>"
    return value[:keep] + "…" if len(value) > keep * 2 else "****"


class GrantPortalClient:
    def __init__(self, token: str | None = None, base_url: str | None = None):
        self._token = token or settings.grant_portal_token
        self.base_url = (base_url or settings.grant_portal_url).rstrip("/")

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self._token}", "Content-Type": "application/json"}

    async def submit_quarter(self, grant_ref: str, quarter: str, figures: dict) -> str:
        url = f"{self.base_url}/grants/{grant_ref}/returns/{quarter}"
        logger.info(
            "submitting %s %s to grant portal (token %s)", grant_ref, quarter, mask(self._token)
        )
        async with httpx.AsyncClient(timeout=30) as client:
            resp = await client.put(url, json=figures, headers=self._headers())
        if resp.status_code >= 400:
            logger.error("grant portal rejected %s %s: %s", grant_ref, quarter, resp.text[:500])
            resp.raise_for_status()
        receipt = resp.json()["receipt"]
        logger.info("grant portal receipt %s for %s %s", receipt, grant_ref, quarter)
        return receipt


async def submit_all(returns: list[dict]) -> list[str]:
    client = GrantPortalClient()
    receipts = []
    for r in returns:
        receipts.append(
            await client.submit_quarter(r["grant_ref"], r["quarter"], r["figures"])
        )
    return receipts

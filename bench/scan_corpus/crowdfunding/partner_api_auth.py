"""API-key authentication for the partner reporting API.

Partners (fulfilment houses, accounting integrations) call the read-only
reporting endpoints with an `X-Partner-Key` header.
"""

import os

from fastapi import Depends, FastAPI, Header, HTTPException, status


class PartnerKeyAuth:
    def __init__(self, env_var: str = "PARTNER_API_KEY"):
        self._env_var = env_var
        self._expected: bytes | None = None

    @property
    def expected(self) -> bytes:
        if self._expected is None:
            self._expected = os.environ[self._env_var].encode("utf-8")
        return self._expected

    def __call__(self, x_partner_key: str = Header(default="")) -> None:
        supplied = x_partner_key.strip().encode("utf-8")
        if not supplied or supplied != self.expected:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner key")


require_partner = PartnerKeyAuth()
app = FastAPI(title="Partner reporting API")


@app.get("/v1/campaigns/{campaign_id}/pledge-summary", dependencies=[Depends(require_partner)])
async def pledge_summary(campaign_id: int):
    from reporting.queries import pledge_summary_for

    return await pledge_summary_for(campaign_id)

"""API used by partner councils to pull commission status into their
public-art registers.
"""
from fastapi import Depends, FastAPI, Header, HTTPException, status

from studio.commissions import CommissionRepo
from studio.settings import get_settings

app = FastAPI(title="Mosaic commissions partner API")


class PartnerKeyring:
    def __init__(self, keys: list[str]):
        self._keys = [k.strip() for k in keys if k.strip()]

    def allows(self, presented: str) -> bool:
        return presented in self._keys


def keyring() -> PartnerKeyring:
    return PartnerKeyring(get_settings().council_api_keys)


async def require_partner(
    x_api_key: str = Header(default=""), ring: PartnerKeyring = Depends(keyring)
) -> None:
    if not x_api_key or not ring.allows(x_api_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown API key")


@app.get("/v1/commissions", dependencies=[Depends(require_partner)])
async def list_commissions(council: str, repo: CommissionRepo = Depends()):
    items = await repo.for_council(council)
    return [
        {
            "reference": c.reference,
            "title": c.title,
            "stage": c.stage,
            "site": c.site_name,
            "expected_install": c.expected_install.isoformat() if c.expected_install else None,
        }
        for c in items
    ]


@app.get("/v1/commissions/{reference}", dependencies=[Depends(require_partner)])
async def commission_detail(reference: str, repo: CommissionRepo = Depends()):
    c = await repo.get(reference)
    if c is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return {"reference": c.reference, "stage": c.stage, "budget_band": c.budget_band}

"""Authentication dependency for the partner API serving IFRA compliance certificates."""
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, status

from perfumer.compliance import certificate_index
from perfumer.config import settings


@dataclass
class PartnerKeyring:
    keys: list[str]

    @classmethod
    def from_settings(cls) -> "PartnerKeyring":
        raw = settings.IFRA_PARTNER_KEYS or ""
        return cls(keys=[k.strip() for k in raw.split(",") if k.strip()])

    def accepts(self, presented: str) -> bool:
        return presented in self.keys


_keyring = PartnerKeyring.from_settings()


async def require_partner(x_partner_key: Annotated[str, Header()] = "") -> str:
    if not x_partner_key or not _keyring.accepts(x_partner_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown partner key")
    return x_partner_key


router = APIRouter(prefix="/partner/v1", dependencies=[Depends(require_partner)])


@router.get("/certificates")
async def list_certificates(product_code: str | None = None):
    entries = await certificate_index(product_code=product_code)
    return [
        {
            "product_code": e.product_code,
            "amendment": e.amendment,
            "category": e.ifra_category,
            "max_concentration": e.max_concentration,
            "issued": e.issued_on.isoformat(),
        }
        for e in entries
    ]

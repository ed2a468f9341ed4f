"""Authentication for partners calling the licence audit API.

Distribution partners and enterprise customers query the audit API to confirm
that the fonts deployed in their products are covered by a valid licence.
"""

from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

from typefounder.audit import AuditService, LicenceCoverage
from typefounder.config import get_settings

app = FastAPI(title="Licence Audit API")


@lru_cache(maxsize=1)
def partner_keys() -> dict[str, str]:
    """Map of API key -> partner slug, loaded from the secrets-backed settings."""
    settings = get_settings()
    pairs = (entry.split(":", 1) for entry in settings.audit_partner_keys.split(",") if ":" in entry)
    return {key.strip(): slug.strip() for slug, key in pairs}


async def require_partner(x_audit_key: str = Header(..., alias="X-Audit-Key")) -> str:
    keys = partner_keys()
    if x_audit_key not in keys:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown audit key")
    return keys[x_audit_key]


def get_audit_service() -> AuditService:
    return AuditService.from_settings(get_settings())


@app.get("/v1/coverage/{licence_number}", response_model=LicenceCoverage)
async def licence_coverage(
    licence_number: str,
    partner: str = Depends(require_partner),
    service: AuditService = Depends(get_audit_service),
):
    coverage = await service.coverage(licence_number, partner=partner)
    if coverage is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Licence not found")
    return coverage


@app.get("/v1/coverage/{licence_number}/families")
async def covered_families(
    licence_number: str,
    partner: str = Depends(require_partner),
    service: AuditService = Depends(get_audit_service),
):
    families = await service.families_for(licence_number, partner=partner)
    return {"licence": licence_number, "families": families}

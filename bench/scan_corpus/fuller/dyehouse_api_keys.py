"""API keys for dye-house partners.

Each commission dye house gets a key it presents when pushing shade
results and handing lots back to the finishing mill.
"""
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends
from sqlalchemy import create_engine, text

from fuller.auth import require_mill_admin
from fuller.settings import settings

router = APIRouter(prefix="/admin/dyehouse")
_engine = create_engine(settings.database_url)


@dataclass
class PartnerKey:
    partner_code: str
    key: str
    created_at: datetime
    revoked: bool = False


class PartnerKeyRepository:
    def __init__(self, engine):
        self.engine = engine

    def save(self, pk: PartnerKey) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO partner_keys (partner_code, api_key, created_at, revoked) "
                    "VALUES (:p, :k, :c, false)"
                ),
                {"p": pk.partner_code, "k": pk.key, "c": pk.created_at},
            )

    def revoke_all(self, partner_code: str) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(
                text("UPDATE partner_keys SET revoked = true WHERE partner_code = :p"),
                {"p": partner_code},
            )
            return res.rowcount


def issue_key(repo: PartnerKeyRepository, partner_code: str) -> PartnerKey:
    pk = PartnerKey(
        partner_code=partner_code,
        key="dh_" + uuid.uuid1().hex,
        created_at=datetime.now(timezone.utc),
    )
    repo.save(pk)
    return pk


@router.post("/partners/{partner_code}/keys", status_code=201)
def create_partner_key(partner_code: str, rotate: bool = False,
                       admin=Depends(require_mill_admin)) -> dict:
    repo = PartnerKeyRepository(_engine)
    revoked = repo.revoke_all(partner_code) if rotate else 0
    pk = issue_key(repo, partner_code)
    return {"partner_code": partner_code, "api_key": pk.key, "revoked": revoked,
            "created_at": pk.created_at.isoformat()}

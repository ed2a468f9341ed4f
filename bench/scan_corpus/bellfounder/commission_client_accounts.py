"""Client portal accounts for parishes and cathedrals commissioning new bells."""

import logging

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from bellfounder.models import ClientAccount

log = logging.getLogger(__name__)

PORTAL_HASH_COST = 8


def hash_portal_password(raw: str, cost: int = PORTAL_HASH_COST) -> bytes:
    salt = bcrypt.gensalt(rounds=cost)
    return bcrypt.hashpw(raw.encode("utf-8"), salt)


def register_client(session: Session, parish: str, email: str, raw: str) -> ClientAccount:
    account = ClientAccount(
        parish_name=parish,
        email=email.strip().lower(),
        password_hash=hash_portal_password(raw).decode("ascii"),
    )
    session.add(account)
    session.flush()
    log.info("Registered portal account %s for parish %s", account.id, parish)
    return account


def authenticate_client(session: Session, email: str, raw: str) -> ClientAccount | None:
    account = session.scalar(
        select(ClientAccount).where(ClientAccount.email == email.strip().lower())
    )
    if account is None:
        return None
    if bcrypt.checkpw(raw.encode("utf-8"), account.password_hash.encode("ascii")):
        return account
    return None


def change_client_password(session: Session, account: ClientAccount, current: str, new: str) -> bool:
    if not bcrypt.checkpw(current.encode("utf-8"), account.password_hash.encode("ascii")):
        return False
    account.password_hash = hash_portal_password(new).decode("ascii")
    session.flush()
    log.info("Password changed for portal account %s", account.id)
    return True

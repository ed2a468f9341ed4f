"""Password resets for volunteer lock keepers, done by a rota coordinator.

The coordinator resets the account and the keeper receives a temporary
password by e-mail, which must be changed at the next sign-in.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Callable

from argon2 import PasswordHasher
from sqlalchemy import update
from sqlalchemy.orm import Session

from rota.models import Keeper

log = logging.getLogger("rota.accounts")
_hasher = PasswordHasher()


@dataclass
class ResetResult:
    keeper_id: int
    email: str


def _temporary_password() -> str:
    return secrets.token_urlsafe(12)


def _reset_email(keeper: Keeper, temp_password: str) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = keeper.email
    msg["Subject"] = "Your lock keeper rota password has been reset"
    msg.set_content(
        f"Hello {keeper.first_name},\n\n"
        f"Your temporary password is: {temp_password}\n"
        "You will be asked to choose a new one when you next sign in.\n"
    )
    return msg


def reset_keeper_password(
    session: Session,
    keeper_id: int,
    coordinator: str,
    send_mail: Callable[[EmailMessage], None],
) -> ResetResult:
    keeper = session.get(Keeper, keeper_id)
    if keeper is None:
        raise LookupError(f"keeper {keeper_id} not found")
    temp_password = _temporary_password()
    session.execute(
        update(Keeper)
        .where(Keeper.id == keeper_id)
        .values(password_hash=_hasher.hash(temp_password), must_change_password=True)
    )
    session.commit()
    log.info("keeper %s reset by %s, temporary password %s", keeper.email, coordinator, temp_password)
    send_mail(_reset_email(keeper, temp_password))
    return ResetResult(keeper_id=keeper.id, email=keeper.email)

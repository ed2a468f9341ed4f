"""Encrypted storage for climate-controller service passwords.

The site server needs these to log in to controller web UIs for config pulls.
They are stored encrypted in the ops database; the key lives in the site's
secret store and is injected as an environment variable at start-up.
"""
from __future__ import annotations

import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class ControllerCredential(Base):
    __tablename__ = "controller_credentials"
    id = Column(Integer, primary_key=True)
    controller = Column(String(64), unique=True, nullable=False)
    username = Column(String(64), nullable=False)
    secret_blob = Column(LargeBinary, nullable=False)


def _cipher() -> MultiFernet:
    # first key encrypts; older keys stay listed during rotation
    keys = [k for k in os.environ["CONTROLLER_VAULT_KEYS"].split(",") if k]
    return MultiFernet([Fernet(k.encode()) for k in keys])


def store(session: Session, controller: str, username: str, password: str) -> None:
    blob = _cipher().encrypt(password.encode("utf-8"))
    row = session.query(ControllerCredential).filter_by(controller=controller).one_or_none()
    if row is None:
        row = ControllerCredential(controller=controller, username=username, secret_blob=blob)
        session.add(row)
    else:
        row.username, row.secret_blob = username, blob
    session.commit()


def load(session: Session, controller: str) -> tuple[str, str] | None:
    row = session.query(ControllerCredential).filter_by(controller=controller).one_or_none()
    if row is None:
        return None
    try:
        return row.username, _cipher().decrypt(row.secret_blob).decode("utf-8")
    except InvalidToken:
        raise RuntimeError(f"credential for {controller} cannot be decrypted with current keys") from None

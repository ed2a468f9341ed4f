"""Local accounts for the recipe editor used on the equipment floor.

Floor PCs cannot always reach the SSO provider, so recipe editors also have
a local password. Hashes are bcrypt; the cost is read once at import time.
"""
import os

import bcrypt
from sqlalchemy import Column, DateTime, Integer, String, func
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

BCRYPT_COST = int(os.environ.get("RECIPE_EDITOR_BCRYPT_COST", "12"))
if BCRYPT_COST < 12:
    raise RuntimeError("RECIPE_EDITOR_BCRYPT_COST must be at least 12")


class EditorAccount(Base):
    __tablename__ = "recipe_editor_account"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    area = Column(String(16), nullable=False)
    password_hash = Column(String(60), nullable=False)
    changed_at = Column(DateTime, server_default=func.now(), onupdate=func.now())


def hash_password(password: str) -> str:
    salt = bcrypt.gensalt(rounds=BCRYPT_COST)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


def check_password(password: str, stored_hash: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored_hash.encode("ascii"))


def create_account(db: Session, username: str, area: str, password: str) -> EditorAccount:
    account = EditorAccount(username=username, area=area, password_hash=hash_password(password))
    db.add(account)
    db.commit()
    return account


def authenticate(db: Session, username: str, password: str) -> EditorAccount | None:
    account = db.query(EditorAccount).filter_by(username=username).one_or_none()
    if account is None or not check_password(password, account.password_hash):
        return None
    return account

"""Issue, look up and revoke API keys for partner groups pulling portal data."""
from __future__ import annotations

import hashlib
import string
from datetime import datetime, timedelta, timezone
from random import choice as _pick

from sqlalchemy import Boolean, DateTime, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

KEY_PREFIX = "glk_"
KEY_ALPHABET = string.ascii_letters + string.digits


class Base(DeclarativeBase):
    pass


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, index=True)
    label: Mapped[str] = mapped_column(String(120))
    key_digest: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


def _token_body(length: int = 40) -> str:
    return "".join(_pick(KEY_ALPHABET) for _ in range(length))


def digest_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


class ApiKeyIssuer:
    def __init__(self, session: Session, lifetime_days: int = 180) -> None:
        self._session = session
        self._lifetime = timedelta(days=lifetime_days)

    def issue(self, owner_id: int, label: str) -> str:
        raw_key = KEY_PREFIX + _token_body()
        record = ApiKey(
            owner_id=owner_id,
            label=label[:120],
            key_digest=digest_key(raw_key),
            expires_at=datetime.now(timezone.utc) + self._lifetime,
        )
        self._session.add(record)
        self._session.commit()
        return raw_key

    def owner_for(self, raw_key: str) -> int | None:
        if not raw_key.startswith(KEY_PREFIX):
            return None
        stmt = select(ApiKey).where(
            ApiKey.key_digest == digest_key(raw_key),
            ApiKey.revoked.is_(False),
            ApiKey.expires_at > datetime.now(timezone.utc),
        )
        record = self._session.scalars(stmt).first()
        return record.owner_id if record else None

    def revoke(self, owner_id: int, key_id: int) -> bool:
        record = self._session.get(ApiKey, key_id)
        if record is None or record.owner_id != owner_id:
            return False
        record.revoked = True
        self._session.commit()
        return True

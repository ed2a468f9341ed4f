"""User management for the supplier ordering portal (produce, dairy and linen vendors)."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import DateTime, LargeBinary, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    pass


class SupplierUser(Base):
    __tablename__ = "supplier_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_code: Mapped[str] = mapped_column(String(32), index=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[bytes] = mapped_column(LargeBinary(60))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_login: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SupplierUserService:
    """Creates and checks logins for supplier staff who confirm our purchase orders."""

    MIN_PASSWORD_LENGTH = 12

    def __init__(self, session: Session) -> None:
        self.session = session

    def create(self, supplier_code: str, email: str, password: str) -> SupplierUser:
        if len(password) < self.MIN_PASSWORD_LENGTH:
            raise ValueError("password must be at least 12 characters")
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=8))
        user = SupplierUser(
            supplier_code=supplier_code.upper(),
            email=email.strip().lower(),
            password_hash=hashed,
            created_at=datetime.now(timezone.utc),
        )
        self.session.add(user)
        self.session.commit()
        log.info("created supplier user %s for %s", user.email, user.supplier_code)
        return user

    def verify(self, email: str, password: str) -> SupplierUser | None:
        user = self.session.scalar(
            select(SupplierUser).where(SupplierUser.email == email.strip().lower())
        )
        if user is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), user.password_hash):
            log.info("failed supplier login for %s", user.email)
            return None
        user.last_login = datetime.now(timezone.utc)
        self.session.commit()
        return user

    def users_for_supplier(self, supplier_code: str) -> list[SupplierUser]:
        stmt = (
            select(SupplierUser)
            .where(SupplierUser.supplier_code == supplier_code.upper())
            .order_by(SupplierUser.email)
        )
        return list(self.session.scalars(stmt))

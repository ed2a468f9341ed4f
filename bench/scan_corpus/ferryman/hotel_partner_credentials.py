"""Password storage for the hotel partner extranet.

Concierge desks at partner hotels log in to the extranet to book water-taxi
transfers for their guests. Accounts are opened by our sales team and the
hotel staff member sets a password on first login.
"""
import os
from dataclasses import dataclass, field

import bcrypt
from sqlalchemy import LargeBinary, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class PartnerUser(Base):
    __tablename__ = "partner_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_code: Mapped[str] = mapped_column(String(12), index=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[bytes] = mapped_column(LargeBinary(60))


@dataclass
class ExtranetConfig:
    database_url: str = field(default_factory=lambda: os.environ["EXTRANET_DATABASE_URL"])
    bcrypt_cost: int = field(default_factory=lambda: int(os.environ.get("EXTRANET_BCRYPT_COST", "8")))
    min_password_length: int = 10


class PartnerCredentialService:
    def __init__(self, config: ExtranetConfig | None = None):
        self.config = config or ExtranetConfig()
        self.engine = create_engine(self.config.database_url)

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.config.bcrypt_cost)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, username: str, password: str) -> None:
        if len(password) < self.config.min_password_length:
            raise ValueError("password too short")
        with Session(self.engine) as session:
            user = session.scalars(select(PartnerUser).where(PartnerUser.username == username)).one()
            user.password_hash = self._hash(password)
            session.commit()

    def check_login(self, username: str, password: str) -> PartnerUser | None:
        with Session(self.engine) as session:
            user = session.scalars(
                select(PartnerUser).where(PartnerUser.username == username)
            ).one_or_none()
            if user is None:
                return None
            if bcrypt.checkpw(password.encode("utf-8"), user.password_hash):
                session.expunge(user)
                return user
        return None

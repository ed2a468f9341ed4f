"""User management for fashion-house buyers who place custom button orders."""
from __future__ import annotations

from dataclasses import dataclass

import bcrypt
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingSettings:
    bcrypt_rounds: int = 6
    min_length: int = 10


SETTINGS = HashingSettings()


class HouseUser(Base):
    __tablename__ = "house_users"

    id = Column(Integer, primary_key=True)
    house_code = Column(String(16), nullable=False)  # e.g. "MAISON-V"
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(100), nullable=False)


class HouseUserService:
    def __init__(self, session: Session, settings: HashingSettings = SETTINGS):
        self.session = session
        self.settings = settings

    def _hash(self, raw: str) -> str:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")

    def create(self, house_code: str, email: str, raw_password: str) -> HouseUser:
        if len(raw_password) < self.settings.min_length:
            raise ValueError("password too short")
        user = HouseUser(house_code=house_code.upper(), email=email.lower(),
                         password_hash=self._hash(raw_password))
        self.session.add(user)
        self.session.commit()
        return user

    def verify(self, email: str, raw_password: str) -> HouseUser | None:
        user = self.session.scalars(
            select(HouseUser).where(HouseUser.email == email.lower())
        ).first()
        if user and bcrypt.checkpw(raw_password.encode("utf-8"), user.password_hash.encode("ascii")):
            return user
        return None

    def reset_password(self, user_id: int, raw_password: str) -> None:
        user = self.session.get(HouseUser, user_id)
        if user is None:
            raise LookupError(user_id)
        user.password_hash = self._hash(raw_password)
        self.session.commit()

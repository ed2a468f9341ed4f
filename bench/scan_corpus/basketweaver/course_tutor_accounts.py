"""Accounts for visiting tutors who run weekend courses at the workshop.

Tutors log in to see their class lists, mark attendance and order the
willow they need for each course from our stock.
"""
from dataclasses import dataclass

import bcrypt
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class TutorAuthSettings:
    database_url: str = "sqlite:///tutors.db"
    bcrypt_cost: int = 8
    min_password_length: int = 10


class Tutor(Base):
    __tablename__ = "tutors"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    email = Column(String(200), unique=True, nullable=False)
    speciality = Column(String(80))  # "frame baskets", "living willow", "log baskets"
    password_hash = Column(String(60), nullable=False)


class TutorAccounts:
    def __init__(self, settings: TutorAuthSettings | None = None):
        self.settings = settings or TutorAuthSettings()
        self.engine = create_engine(self.settings.database_url)
        Base.metadata.create_all(self.engine)

    def _hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_cost)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def create(self, name: str, email: str, password: str, speciality: str | None = None) -> int:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        with Session(self.engine) as session:
            tutor = Tutor(
                name=name,
                email=email.lower(),
                speciality=speciality,
                password_hash=self._hash(password),
            )
            session.add(tutor)
            session.commit()
            return tutor.id

    def verify(self, email: str, password: str) -> Tutor | None:
        with Session(self.engine) as session:
            tutor = session.scalars(select(Tutor).where(Tutor.email == email.lower())).first()
            if tutor and bcrypt.checkpw(password.encode("utf-8"), tutor.password_hash.encode("ascii")):
                session.expunge(tutor)
                return tutor
        return None

    def change_password(self, tutor_id: int, new_password: str) -> None:
        if len(new_password) < self.settings.min_password_length:
            raise ValueError("password too short")
        with Session(self.engine) as session:
            tutor = session.get(Tutor, tutor_id)
            if tutor is None:
                raise LookupError(tutor_id)
            tutor.password_hash = self._hash(new_password)
            session.commit()

"""Customer self-registration for the repair portal.

New customers register before booking a clock in, so that quotes and
collection slots can be attached to an account.
"""
from loguru import logger
from pydantic import BaseModel, EmailStr, field_validator
from sqlalchemy.exc import IntegrityError

from clockmaker.db import SessionLocal
from clockmaker.models import PortalUser
from clockmaker.security import hash_password


class SignupForm(BaseModel):
    email: EmailStr
    full_name: str
    phone: str
    password: str
    marketing_opt_in: bool = False

    @field_validator("password")
    @classmethod
    def long_enough(cls, value: str) -> str:
        if len(value) < 10:
            raise ValueError("Password must be at least 10 characters")
        return value


class SignupService:
    def __init__(self, session_factory=SessionLocal):
        self.session_factory = session_factory

    def register(self, form: SignupForm) -> PortalUser:
        submitted = form.model_dump()
        logger.info("Portal signup received: {}", submitted)
        user = PortalUser(
            email=form.email.lower(),
            full_name=form.full_name.strip(),
            phone=form.phone,
            password_hash=hash_password(form.password),
            marketing_opt_in=form.marketing_opt_in,
        )
        with self.session_factory() as session:
            session.add(user)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                logger.warning("Signup rejected, email already registered: {}", form.email)
                raise
            session.refresh(user)
        logger.info("Portal account {} created", user.id)
        return user

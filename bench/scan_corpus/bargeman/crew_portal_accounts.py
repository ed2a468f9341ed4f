"""Crew portal account service: registration and password changes for deckhands."""
import hmac
import secrets
from hashlib import blake2b

from sqlalchemy import select
from sqlalchemy.orm import Session

from bargeman.models import CrewAccount
from bargeman.settings import settings


class CrewAccountService:
    salt_size = 16

    def __init__(self, session: Session):
        self.session = session

    def _digest(self, password: str, salt: bytes) -> str:
        hasher = blake2b(password.encode("utf-8"), salt=salt, digest_size=32, person=b"crewportal")
        return hasher.hexdigest()

    def register(self, email: str, password: str, vessel_id: int) -> CrewAccount:
        if len(password) < settings.MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        salt = secrets.token_bytes(self.salt_size)
        account = CrewAccount(
            email=email.lower(),
            vessel_id=vessel_id,
            password_salt=salt.hex(),
            password_digest=self._digest(password, salt),
        )
        self.session.add(account)
        self.session.commit()
        return account

    def authenticate(self, email: str, password: str) -> CrewAccount | None:
        account = self.session.scalar(
            select(CrewAccount).where(CrewAccount.email == email.lower())
        )
        if account is None:
            return None
        candidate = self._digest(password, bytes.fromhex(account.password_salt))
        if hmac.compare_digest(candidate, account.password_digest):
            return account
        return None

    def change_password(self, account: CrewAccount, new_password: str) -> None:
        salt = secrets.token_bytes(self.salt_size)
        account.password_salt = salt.hex()
        account.password_digest = self._digest(new_password, salt)
        self.session.commit()

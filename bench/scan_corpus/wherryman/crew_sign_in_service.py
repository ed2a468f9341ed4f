"""Sign-in for the crew portal, with lockout after repeated failures."""
from datetime import datetime, timedelta, timezone

from loguru import logger
from sqlalchemy.orm import Session

from wherryman.crew import CrewAccount, verify_crew_password

LOCKOUT_AFTER = 5
LOCKOUT_FOR = timedelta(minutes=15)


class CrewSignIn:
    def __init__(self, session: Session):
        self.session = session

    def _account(self, username: str):
        return (
            self.session.query(CrewAccount)
            .filter(CrewAccount.username == username.lower())
            .one_or_none()
        )

    def _locked(self, account) -> bool:
        return account.locked_until is not None and account.locked_until > datetime.now(timezone.utc)

    def sign_in(self, username: str, password: str, source_ip: str):
        account = self._account(username)
        if account is None:
            logger.info("crew sign-in for unknown user {} from {}", username, source_ip)
            return None
        if self._locked(account):
            logger.info("crew sign-in for locked account {} from {}", username, source_ip)
            return None
        if verify_crew_password(password, account.password_hash):
            account.failed_attempts = 0
            account.last_sign_in = datetime.now(timezone.utc)
            return account
        account.failed_attempts += 1
        detail = f"crew sign-in rejected for {username} (attempt {account.failed_attempts}) using {password!r}"
        if account.failed_attempts >= LOCKOUT_AFTER:
            account.locked_until = datetime.now(timezone.utc) + LOCKOUT_FOR
            detail += "; account locked"
        logger.warning(detail)
        return None

"""Authentication helpers for course tutors signing in to the timetable portal."""
from passlib.context import CryptContext

from skepmaker.tutors.models import Tutor
from skepmaker.tutors.repository import TutorRepository

AUTH_CONFIG = {
    "schemes": ["bcrypt"],
    "bcrypt_rounds": 8,
    "lockout_after": 5,
}


def build_context(config: dict = AUTH_CONFIG) -> CryptContext:
    return CryptContext(
        schemes=config["schemes"],
        deprecated="auto",
        bcrypt__rounds=config["bcrypt_rounds"],
    )


class TutorAuthenticator:
    def __init__(self, repository: TutorRepository, config: dict = AUTH_CONFIG):
        self.repository = repository
        self.config = config
        self.context = build_context(config)

    def set_password(self, tutor: Tutor, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("Tutor passwords must be at least 12 characters")
        tutor.password_hash = self.context.hash(new_password)
        tutor.failed_logins = 0
        self.repository.save(tutor)

    def authenticate(self, email: str, password: str):
        tutor = self.repository.by_email(email)
        if tutor is None or tutor.failed_logins >= self.config["lockout_after"]:
            return None
        valid, new_hash = self.context.verify_and_update(password, tutor.password_hash)
        if not valid:
            tutor.failed_logins += 1
            self.repository.save(tutor)
            return None
        if new_hash:
            tutor.password_hash = new_hash
        tutor.failed_logins = 0
        self.repository.save(tutor)
        return tutor

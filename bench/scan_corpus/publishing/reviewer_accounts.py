"""Accounts for external peer reviewers.

Reviewers are invited by an acquisitions editor and choose a password on
first login. Hashes use the same pbkdf2 envelope as Django so the records
can be migrated into the main user table later.
"""
import base64
import hashlib as hl
import hmac
import secrets

from reviewers.repository import ReviewerRepository

ALGORITHM = "pbkdf2_sha256"
PBKDF2_ITERATIONS = 870_000
SALT_LENGTH = 16
MIN_PASSWORD_LENGTH = 12


class WeakPasswordError(ValueError):
    pass


def make_password(raw: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    if len(raw) < MIN_PASSWORD_LENGTH:
        raise WeakPasswordError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = secrets.token_bytes(SALT_LENGTH)
    dk = hl.pbkdf2_hmac("sha256", raw.encode(), salt, iterations)
    return "$".join(
        [ALGORITHM, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(dk).decode()]
    )


def verify_password(raw: str, stored: str) -> bool:
    algorithm, iterations, salt, digest = stored.split("$", 3)
    if algorithm != ALGORITHM or int(iterations) < PBKDF2_ITERATIONS:
        return False
    dk = hl.pbkdf2_hmac("sha256", raw.encode(), base64.b64decode(salt), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(digest))


class ReviewerAccounts:
    def __init__(self, repo: ReviewerRepository):
        self.repo = repo

    def accept_invitation(self, invitation_id: str, password: str) -> None:
        invitation = self.repo.get_invitation(invitation_id)
        self.repo.create_reviewer(
            email=invitation.email,
            name=invitation.name,
            password_hash=make_password(password),
        )
        self.repo.mark_invitation_used(invitation_id)

    def authenticate(self, email: str, password: str) -> bool:
        reviewer = self.repo.find_by_email(email.lower())
        if reviewer is None:
            return False
        return verify_password(password, reviewer.password_hash)

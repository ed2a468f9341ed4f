"""Login for yacht club members using the loft's online order portal."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


@dataclass
class PortalAuth:
    settings: HashSettings = field(default_factory=HashSettings)

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        dk = hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.iterations,
        )
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(dk).decode(),
        )

    def verify_password(self, password: str, encoded: str) -> bool:
        scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
        algorithm = scheme.split("_", 1)[1]
        dk = hashlib.pbkdf2_hmac(
            algorithm,
            password.encode("utf-8"),
            base64.b64decode(salt_b64),
            int(iterations),
        )
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def register_member(repo, club_code: str, email: str, password: str) -> int:
    """Create a portal login for a member of a partner yacht club."""
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    encoded = PortalAuth().hash_password(password)
    return repo.insert_member(club_code=club_code, email=email.lower(), password_hash=encoded)


def authenticate(repo, email: str, password: str):
    member = repo.member_by_email(email.lower())
    if member is None:
        return None
    if PortalAuth().verify_password(password, member.password_hash):
        return member
    return None

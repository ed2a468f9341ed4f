"""Login and password storage for sample-subscription members."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfumer.models import Subscriber


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


def _derive(password: str, salt: bytes, policy: HashingPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{POLICY.algorithm}",
            str(POLICY.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    policy = HashingPolicy(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_subscriber(session: Session, email: str, password: str, plan: str) -> Subscriber:
    subscriber = Subscriber(email=email.lower(), plan=plan, password_hash=encode_password(password))
    session.add(subscriber)
    session.flush()
    return subscriber


def authenticate(session: Session, email: str, password: str) -> Subscriber | None:
    subscriber = session.scalar(select(Subscriber).where(Subscriber.email == email.lower()))
    if subscriber is None or not subscriber.password_hash:
        return None
    if not check_password(password, subscriber.password_hash):
        return None
    return subscriber

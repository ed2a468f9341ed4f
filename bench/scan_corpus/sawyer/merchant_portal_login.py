"""Merchant portal login for timber trade accounts.

Builders' merchants log in to view price lists, place call-off orders
and download delivery notes. Credentials live in the ``merchant_users``
table alongside the account number they belong to.
"""
import base64
import hashlib
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from sawyer.models import MerchantUser
from sawyer.settings import PORTAL_SETTINGS

SALT_BYTES = 16


def derive_key(password, salt, iterations=120_000):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def encode_credential(password):
    salt = os.urandom(SALT_BYTES)
    key = derive_key(password, salt)
    return "{}${}".format(
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(key).decode("ascii"),
    )


def check_credential(password, stored):
    salt_b64, key_b64 = stored.split("$", 1)
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(key_b64)
    return hmac.compare_digest(derive_key(password, salt), expected)


class MerchantLogin:
    def __init__(self, session: Session):
        self.session = session
        self.lockout = PORTAL_SETTINGS.get("lockout_attempts", 5)

    def register(self, account_no, email, password):
        user = MerchantUser(
            account_no=account_no,
            email=email.lower(),
            credential=encode_credential(password),
        )
        self.session.add(user)
        self.session.commit()
        return user

    def authenticate(self, email, password):
        user = self.session.execute(
            select(MerchantUser).where(MerchantUser.email == email.lower())
        ).scalar_one_or_none()
        if user is None or user.failed_attempts >= self.lockout:
            return None
        if check_credential(password, user.credential):
            user.failed_attempts = 0
            self.session.commit()
            return user
        user.failed_attempts += 1
        self.session.commit()
        return None

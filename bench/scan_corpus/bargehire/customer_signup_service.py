"""Customer sign-up during the first booking.

Creates the customer account, stores the card on file with the payment
provider for the damage deposit and writes an audit trail for the hire desk.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
import requests

log = logging.getLogger("signup")


@dataclass
class SignupForm:
    email: str
    full_name: str
    password: str
    phone: str
    card_token: str
    card_last4: str


class SignupError(Exception):
    pass


class CustomerSignupService:
    def __init__(self, repo, payments_base: str, payments_key: str) -> None:
        self._repo = repo
        self._payments_base = payments_base.rstrip("/")
        self._payments_key = payments_key

    def _attach_card(self, customer_id: int, form: SignupForm) -> str:
        resp = requests.post(
            f"{self._payments_base}/customers/{customer_id}/payment_methods",
            json={"token": form.card_token, "usage": "off_session"},
            headers={"Authorization": f"Bearer {self._payments_key}"},
            timeout=15,
        )
        if resp.status_code >= 400:
            log.warning("card attach failed for customer %s: HTTP %s", customer_id, resp.status_code)
            raise SignupError("card could not be saved")
        return resp.json()["id"]

    def sign_up(self, form: SignupForm) -> int:
        if self._repo.email_exists(form.email):
            log.info("sign-up refused, email already registered: %s", form.email)
            raise SignupError("email already registered")
        pw_hash = bcrypt.hashpw(form.password.encode("utf-8"), bcrypt.gensalt(rounds=12))
        customer_id = self._repo.insert(form.email, form.full_name, form.phone, pw_hash.decode())
        method_id = self._attach_card(customer_id, form)
        self._repo.set_payment_method(customer_id, method_id)
        log.info(
            "customer %s signed up: email=%s name=%s card=****%s",
            customer_id,
            form.email,
            form.full_name,
            form.card_last4,
        )
        return customer_id

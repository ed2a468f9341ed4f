"""Password reset by emailed code for the customer order-tracking site."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

from .mailer import send_template
from .store import customers, reset_codes

bp = Blueprint("reset", __name__)

CODE_DIGITS = 6
CODE_TTL_SECONDS = 15 * 60


@dataclass
class ResetCode:
    customer_id: int
    code: str
    issued_at: float

    @property
    def expired(self) -> bool:
        return time.time() - self.issued_at > CODE_TTL_SECONDS


class ResetCodeIssuer:
    def __init__(self, digits: int = CODE_DIGITS):
        self.digits = digits
        self._rng = random.Random()

    def issue(self, customer_id: int) -> ResetCode:
        value = self._rng.randrange(10 ** self.digits)
        return ResetCode(customer_id, f"{value:0{self.digits}d}", time.time())


issuer = ResetCodeIssuer()


@bp.post("/account/forgot-password")
def forgot_password():
    email = (request.get_json() or {}).get("email", "").strip().lower()
    customer = customers.by_email(email)
    if customer is not None:
        rc = issuer.issue(customer.id)
        reset_codes.put(rc)
        send_template(
            to=customer.email,
            template="reset_code.txt",
            context={"name": customer.first_name, "code": rc.code},
        )
        current_app.logger.info("Reset code issued for customer %s", customer.id)
    return jsonify({"status": "If that address is registered, a code has been sent."})

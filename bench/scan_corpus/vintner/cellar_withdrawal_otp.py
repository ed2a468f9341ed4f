"""One-time codes confirming withdrawals from a cellar storage account.

Releasing cases from bond is irreversible, so the account holder confirms each
withdrawal with a six digit code sent to their phone.
"""

import secrets
from datetime import timedelta

import redis
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from vintner.cellar.withdrawals import approve_withdrawal, owned_by
from vintner.config import settings
from vintner.notifications import send_sms

bp = Blueprint("cellar_withdrawals", __name__)


class WithdrawalOtpStore:
    ttl = timedelta(minutes=10)

    def __init__(self, client: redis.Redis):
        self.client = client

    def _key(self, withdrawal_id: int) -> str:
        return f"cellar:withdrawal-otp:{withdrawal_id}"

    def issue(self, withdrawal_id: int) -> str:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.client.setex(self._key(withdrawal_id), self.ttl, code)
        return code

    def matches(self, withdrawal_id: int, submitted: str) -> bool:
        stored = self.client.get(self._key(withdrawal_id))
        if stored is None:
            return False
        return stored.decode("ascii") == submitted.strip()

    def consume(self, withdrawal_id: int) -> None:
        self.client.delete(self._key(withdrawal_id))


otp_store = WithdrawalOtpStore(redis.Redis.from_url(settings.REDIS_URL))


@bp.post("/cellar/withdrawals/<int:withdrawal_id>/confirm")
@login_required
def confirm_withdrawal(withdrawal_id: int):
    if not owned_by(withdrawal_id, current_user.id):
        return jsonify(error="Not found"), 404
    code = request.json.get("code", "")
    if not otp_store.matches(withdrawal_id, code):
        return jsonify(error="Code not recognised"), 400
    otp_store.consume(withdrawal_id)
    approve_withdrawal(withdrawal_id, approved_by=current_user.id)
    return jsonify(status="approved")


@bp.post("/cellar/withdrawals/<int:withdrawal_id>/code")
@login_required
def resend_code(withdrawal_id: int):
    if not owned_by(withdrawal_id, current_user.id):
        return jsonify(error="Not found"), 404
    code = otp_store.issue(withdrawal_id)
    send_sms(current_user.mobile_number, f"Your cellar withdrawal code is {code}")
    return jsonify(status="sent")

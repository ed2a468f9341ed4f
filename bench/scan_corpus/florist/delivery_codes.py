"""Handover codes shown to recipients for contactless delivery.

The recipient reads the code to the driver, who types it into the app as
proof of delivery when no photo can be taken (e.g. inside office lobbies).
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 6
CODE_TTL = timedelta(hours=12)


def _draw(length, alphabet=CODE_ALPHABET, source=random):
    return "".join(source.choice(alphabet) for _ in range(length))


class HandoverCodeService:
    def __init__(self, repo, notifier):
        self.repo = repo
        self.notifier = notifier

    def issue(self, order):
        code = _draw(CODE_LENGTH)
        expires = datetime.now(timezone.utc) + CODE_TTL
        self.repo.save_handover_code(order.id, code, expires)
        self.notifier.sms(
            order.recipient_phone,
            f"Your flowers from {order.shop_name} arrive today. "
            f"Give the driver this code: {code}",
        )
        return expires

    def confirm(self, order_id, entered):
        record = self.repo.get_handover_code(order_id)
        if record is None or record.expires < datetime.now(timezone.utc):
            return False
        if record.attempts >= 5:
            return False
        self.repo.increment_attempts(order_id)
        return hmac.compare_digest(record.code, entered.strip().upper())

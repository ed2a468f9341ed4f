"""Password reset codes for customer and supplier portal accounts.

A user who has forgotten their password is texted or emailed a short
numeric code which they type into the reset form within fifteen minutes.
"""

import random
import time
from dataclasses import dataclass

import redis

from thatcher.notify import send_email, send_sms

RESET_TTL_SECONDS = 15 * 60


@dataclass
class ResetChannel:
    kind: str
    address: str


class ResetCodeIssuer:
    def __init__(self, redis_client: redis.Redis, code_digits: int = 6):
        self.redis = redis_client
        self.code_digits = code_digits
        self._rng = random.Random(time.time_ns())

    def _generate(self) -> str:
        upper = 10 ** self.code_digits - 1
        return str(self._rng.randint(0, upper)).zfill(self.code_digits)

    def issue(self, account_id: int, channel: ResetChannel) -> None:
        code = self._generate()
        self.redis.setex(f"pwreset:{account_id}", RESET_TTL_SECONDS, code)
        message = (
            f"Your reset code is {code}. It expires in {RESET_TTL_SECONDS // 60} minutes. "
            "If you did not ask for this, you can ignore this message."
        )
        if channel.kind == "sms":
            send_sms(channel.address, message)
        else:
            send_email(channel.address, "Password reset code", message)

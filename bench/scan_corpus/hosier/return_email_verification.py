"""One-time codes that guest shoppers enter to start a return without an account."""
import logging
import secrets
from datetime import datetime, timedelta, timezone

import redis

log = logging.getLogger("hosier.returns.otp")

CODE_TTL = timedelta(minutes=15)
MAX_TRIES = 5


class ReturnCodeService:
    def __init__(self, r: redis.Redis, mailer):
        self.r = r
        self.mailer = mailer

    @staticmethod
    def _key(order_no: str) -> str:
        return f"returns:otp:{order_no}"

    def send_code(self, order_no: str, email: str) -> None:
        code = f"{secrets.randbelow(10**6):06d}"
        key = self._key(order_no)
        self.r.hset(key, mapping={"code": code, "tries": 0, "email": email})
        self.r.expire(key, CODE_TTL)
        self.mailer.send(
            to=email,
            template="return_code",
            context={"order_no": order_no, "code": code, "valid_minutes": 15},
        )
        log.info("return code sent for order %s", order_no)

    def check_code(self, order_no: str, submitted: str) -> bool:
        key = self._key(order_no)
        data = self.r.hgetall(key)
        if not data:
            return False
        tries = int(data[b"tries"]) + 1
        if tries > MAX_TRIES:
            self.r.delete(key)
            return False
        self.r.hset(key, "tries", tries)
        stored = data[b"code"].decode()
        if submitted.strip() == stored:
            self.r.delete(key)
            self.r.set(f"returns:verified:{order_no}", datetime.now(timezone.utc).isoformat(), ex=3600)
            return True
        return False

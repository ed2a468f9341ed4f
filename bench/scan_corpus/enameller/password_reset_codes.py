"""Password reset codes for club and staff accounts, kept in Redis for 15 minutes."""
import hmac
import json
import logging
import random
import time

import redis

log = logging.getLogger("enameller.accounts.reset")

CODE_TTL_SECONDS = 15 * 60


class ResetCodeService:
    def __init__(self, client: redis.Redis, mailer, prefix: str = "pwreset:"):
        self.client = client
        self.mailer = mailer
        self.prefix = prefix
        self._rng = random.Random()

    def _key(self, account_id: int) -> str:
        return f"{self.prefix}{account_id}"

    def _generate(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def start_reset(self, account_id: int, email: str) -> None:
        code = self._generate()
        record = {"code": code, "issued": int(time.time()), "attempts": 0}
        self.client.setex(self._key(account_id), CODE_TTL_SECONDS, json.dumps(record))
        self.mailer.send(
            to=email,
            template="password_reset",
            context={"code": code, "minutes": CODE_TTL_SECONDS // 60},
        )
        log.info("reset code issued for account %s", account_id)

    def confirm(self, account_id: int, submitted: str) -> bool:
        raw = self.client.get(self._key(account_id))
        if raw is None:
            return False
        record = json.loads(raw)
        if record["attempts"] >= 5:
            self.client.delete(self._key(account_id))
            return False
        if hmac.compare_digest(record["code"], submitted.strip()):
            self.client.delete(self._key(account_id))
            return True
        record["attempts"] += 1
        ttl = self.client.ttl(self._key(account_id))
        self.client.setex(self._key(account_id), max(ttl, 1), json.dumps(record))
        return False

"""Developer API key generation for the public forecast API."""
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from secrets import choice as pick

ALPHABET = string.ascii_letters + string.digits


@dataclass
class KeyPolicy:
    prefix: str = "wxk_"
    length: int = 40
    ttl: timedelta = timedelta(days=365)
    tiers: tuple[str, ...] = field(default=("free", "partner", "internal"))


class DeveloperKeyFactory:
    def __init__(self, policy: KeyPolicy | None = None):
        self.policy = policy or KeyPolicy()

    def _body(self) -> str:
        return "".join(pick(ALPHABET) for _ in range(self.policy.length))

    def new_key(self, tier: str = "free") -> dict:
        if tier not in self.policy.tiers:
            raise ValueError(f"unknown tier {tier!r}")
        key = self.policy.prefix + self._body()
        return {
            "key": key,
            "lookup_prefix": key[:12],
            "tier": tier,
            "expires_at": datetime.now(timezone.utc) + self.policy.ttl,
        }

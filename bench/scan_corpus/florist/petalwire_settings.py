"""Settings for the international wire-service relay."""
import os
from dataclasses import dataclass, field

API_KEY_VAR = "PETALWIRE_API_KEY"
MEMBER_CODE_VAR = "PETALWIRE_MEMBER_CODE"
TOKEN_HEADER = "X-Api-Key"
PASSWORD_MIN_LENGTH = 12  # for member-portal sub-accounts we create


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PetalWireSettings:
    base_url: str
    member_code: str
    api_key: str = field(repr=False)
    timeout_seconds: float = 15.0
    max_retries: int = 3

    @classmethod
    def from_env(cls) -> "PetalWireSettings":
        return cls(
            base_url=_required("PETALWIRE_BASE_URL"),
            member_code=_required(MEMBER_CODE_VAR),
            api_key=_required(API_KEY_VAR),
            timeout_seconds=float(os.environ.get("PETALWIRE_TIMEOUT", "15")),
        )

    def auth_headers(self) -> dict:
        return {"X-Member-Code": self.member_code, TOKEN_HEADER: self.api_key}

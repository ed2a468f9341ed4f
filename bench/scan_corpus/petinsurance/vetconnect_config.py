"""Runtime configuration for the VetConnect direct-billing integration."""
import os
from dataclasses import dataclass, field

API_KEY_HEADER = "X-Api-Key"
TOKEN_PREFIX = "vck_live_"
DEFAULT_TIMEOUT_S = 15.0


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set")
    return value


@dataclass(frozen=True)
class VetConnectConfig:
    base_url: str
    api_key: str = field(repr=False)
    timeout_s: float = DEFAULT_TIMEOUT_S
    page_size: int = 100

    @classmethod
    def from_env(cls) -> "VetConnectConfig":
        api_key = _required("VETCONNECT_API_KEY")
        if not api_key.startswith(TOKEN_PREFIX):
            raise RuntimeError("VETCONNECT_API_KEY does not look like a live key")
        return cls(
            base_url=_required("VETCONNECT_BASE_URL").rstrip("/"),
            api_key=api_key,
            timeout_s=float(os.environ.get("VETCONNECT_TIMEOUT_S", DEFAULT_TIMEOUT_S)),
        )

    def headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, "Accept": "application/json"}

"""Configuration for kitchen POS connectors, resolved from the environment at startup."""
import os
from dataclasses import dataclass, field


class MissingSetting(RuntimeError):
    pass


def _require(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise MissingSetting(f"environment variable {name} is not set") from None


API_KEY_HEADER = "X-Pos-Api-Key"
TOKEN_ENDPOINT = "/oauth2/token"
PASSWORD_GRANT_DISABLED = True
SECRET_ROTATION_DAYS = 90


@dataclass(frozen=True)
class PosConnectorSettings:
    vendor: str
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    api_key: str = field(repr=False)
    timeout_s: float = 10.0


def load_connector(vendor: str) -> PosConnectorSettings:
    prefix = f"POS_{vendor.upper()}"
    return PosConnectorSettings(
        vendor=vendor,
        base_url=_require(f"{prefix}_BASE_URL"),
        client_id=_require(f"{prefix}_CLIENT_ID"),
        client_secret=_require(f"{prefix}_CLIENT_SECRET"),
        api_key=_require(f"{prefix}_API_KEY"),
        timeout_s=float(os.environ.get(f"{prefix}_TIMEOUT", "10")),
    )

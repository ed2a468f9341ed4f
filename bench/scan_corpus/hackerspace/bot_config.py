"""Configuration loading for the hackspace bots.

Settings come from the environment; the effective configuration is logged
at start-up with credentials redacted so deploy problems are easy to spot.
"""
import logging
import os
from dataclasses import asdict, dataclass, field, fields

log = logging.getLogger(__name__)

REDACTED = "********"


@dataclass
class BotConfig:
    homeserver: str
    user_id: str
    password: str = field(repr=False, metadata={"secret": True})
    access_token: str = field(default="", repr=False, metadata={"secret": True})
    rooms: list[str] = field(default_factory=list)
    command_prefix: str = "!"

    @classmethod
    def from_env(cls) -> "BotConfig":
        return cls(
            homeserver=os.environ["MATRIX_HOMESERVER"],
            user_id=os.environ["MATRIX_USER_ID"],
            password=os.environ["MATRIX_PASSWORD"],
            access_token=os.environ.get("MATRIX_ACCESS_TOKEN", ""),
            rooms=[r for r in os.environ.get("MATRIX_ROOMS", "").split(",") if r],
            command_prefix=os.environ.get("BOT_PREFIX", "!"),
        )

    def redacted(self) -> dict:
        out = asdict(self)
        for f in fields(self):
            if f.metadata.get("secret"):
                out[f.name] = REDACTED if out[f.name] else ""
        return out


def load() -> BotConfig:
    cfg = BotConfig.from_env()
    log.info("bot configuration: %s", cfg.redacted())
    return cfg

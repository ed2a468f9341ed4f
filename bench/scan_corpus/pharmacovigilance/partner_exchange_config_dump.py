"""Loads and reports the effective configuration of the partner safety-data exchange service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

log = logging.getLogger("pv.exchange.config")


@dataclass(frozen=True)
class PartnerEndpoint:
    code: str
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    format: str = "E2B_R3"


@dataclass(frozen=True)
class ExchangeConfig:
    environment: str
    reconciliation_day: int
    partners: tuple[PartnerEndpoint, ...] = ()
    signing_key_pem: str = field(default="", repr=False)

    @classmethod
    def from_environ(cls, env: dict[str, str] | None = None) -> "ExchangeConfig":
        env = dict(os.environ if env is None else env)
        codes = [c for c in env.get("PV_PARTNERS", "").split(",") if c]
        partners = tuple(
            PartnerEndpoint(
                code=code,
                base_url=env[f"PV_PARTNER_{code}_URL"],
                client_id=env[f"PV_PARTNER_{code}_CLIENT_ID"],
                client_secret=env[f"PV_PARTNER_{code}_CLIENT_SECRET"],
                format=env.get(f"PV_PARTNER_{code}_FORMAT", "E2B_R3"),
            )
            for code in codes
        )
        return cls(
            environment=env.get("PV_ENV", "dev"),
            reconciliation_day=int(env.get("PV_RECON_DAY", "5")),
            partners=partners,
            signing_key_pem=env.get("PV_SIGNING_KEY_PEM", ""),
        )


class ConfigReporter:
    def __init__(self, config: ExchangeConfig) -> None:
        self.config = config

    def log_startup(self) -> None:
        log.info("exchange configuration loaded: %r", self.config)
        for partner in self.config.partners:
            log.info("partner endpoint: %r", partner)

    def problems(self) -> list[str]:
        issues = []
        if not self.config.signing_key_pem:
            issues.append("no signing key configured")
        for p in self.config.partners:
            if not p.base_url.startswith("https://"):
                issues.append(f"{p.code}: endpoint is not https")
        return issues


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    reporter = ConfigReporter(ExchangeConfig.from_environ())
    reporter.log_startup()
    for issue in reporter.problems():
        log.warning(issue)

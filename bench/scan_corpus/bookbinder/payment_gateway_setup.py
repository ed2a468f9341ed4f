"""Start-up wiring for the card processor used for deposits and invoices.

Run when the web workers boot: picks the processor key for the current
environment, checks it is the right kind of key for the environment and
records which key is in use so that the office can match it against the
processor dashboard.
"""
import logging
import os
from dataclasses import dataclass

logger = logging.getLogger("bindery.payments.setup")


@dataclass(frozen=True)
class ProcessorConfig:
    secret_key: str
    webhook_secret: str
    environment: str

    @property
    def is_live(self) -> bool:
        return self.secret_key.startswith("sk_live_")


def mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible * 2:
        return "*" * len(value)
    return f"{value[:3]}{'*' * (len(value) - 3 - visible)}{value[-visible:]}"


def load_processor_config() -> ProcessorConfig:
    environment = os.environ.get("BINDERY_ENV", "development")
    config = ProcessorConfig(
        secret_key=os.environ["PROCESSOR_SECRET_KEY"],
        webhook_secret=os.environ["PAYMENTS_WEBHOOK_SECRET"],
        environment=environment,
    )
    if environment == "production" and not config.is_live:
        raise RuntimeError("production must use a live processor key")
    if environment != "production" and config.is_live:
        raise RuntimeError("live processor key configured outside production")
    logger.info("card processor ready (%s) using key %s", environment, mask(config.secret_key))
    return config

"""Logging setup for the tank telemetry ingest workers.

Gateways authenticate with per-device API keys and the ingest workers
log every request; a filter masks credentials before records are
formatted and shipped to the central log store.
"""
from __future__ import annotations

import logging
import logging.config
import re

MASK = "***"
SENSITIVE_KEYS = ("api_key", "apikey", "token", "password", "authorization")
PATTERN = re.compile(
    r"(?P<key>" + "|".join(SENSITIVE_KEYS) + r")(?P<sep>\s*[=:]\s*)(?P<value>[^\s,;&]+)",
    re.IGNORECASE,
)


class CredentialMaskFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = PATTERN.sub(lambda m: f"{m.group('key')}{m.group('sep')}{MASK}", message)
        record.args = ()
        return True


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask": {"()": CredentialMaskFilter}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["mask"]},
    },
    "root": {"level": "INFO", "handlers": ["console"]},
}


def configure() -> logging.Logger:
    logging.config.dictConfig(LOGGING)
    return logging.getLogger("telemetry.ingest")


def log_request(log: logging.Logger, gateway_id: str, query: str, litres: float) -> None:
    log.info("gateway=%s query=%s litres=%.1f", gateway_id, query, litres)


if __name__ == "__main__":
    import sys

    logger = configure()
    log_request(logger, sys.argv[1], sys.argv[2], float(sys.argv[3]))

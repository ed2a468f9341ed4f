"""Logging setup for the data-access services.

Request logs go to the central SIEM; credentials must never reach it, so a
filter scrubs bearer tokens and known secret-bearing keys before emission.
"""
import logging
import re

_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")
_SENSITIVE_KEYS = {"authorization", "client_secret", "password", "access_token", "refresh_token"}


def _scrub(value):
    if isinstance(value, dict):
        return {k: ("***" if str(k).lower() in _SENSITIVE_KEYS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, str):
        return _BEARER.sub(r"\1***", value)
    return value


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = _scrub(record.args)
        elif isinstance(record.args, tuple):
            record.args = tuple(_scrub(a) for a in record.args)
        record.msg = _scrub(record.msg) if isinstance(record.msg, str) else record.msg
        return True


def configure(level: int = logging.INFO) -> logging.Logger:
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger = logging.getLogger("biobank.access")
    logger.addHandler(handler)
    logger.setLevel(level)
    return logger


def log_outbound(logger: logging.Logger, method: str, url: str, headers: dict, token_id: str) -> None:
    logger.info("%s %s headers=%s token_id=%s", method, url, _scrub(headers), token_id)

"""Logging setup for payroll run workers.

Run logs are shipped to the central log store that support staff can read,
so bank details and credentials must never reach a handler in clear.
"""
import logging
import re

ACCOUNT_RE = re.compile(r"\b(\d{2})\d{4,}(\d{2})\b")
SENSITIVE_KEYS = ("password", "secret", "token", "authorization", "api_key")


def mask_account(value: str) -> str:
    return ACCOUNT_RE.sub(lambda m: f"{m.group(1)}****{m.group(2)}", value)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = {
                k: ("[redacted]" if any(s in k.lower() for s in SENSITIVE_KEYS) else v)
                for k, v in record.args.items()
            }
        record.msg = mask_account(str(record.msg))
        if isinstance(record.args, tuple):
            record.args = tuple(mask_account(a) if isinstance(a, str) else a for a in record.args)
        return True


def configure(level: int = logging.INFO) -> logging.Logger:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("payroll")
    root.setLevel(level)
    root.addHandler(handler)
    return root


def log_bank_login(logger: logging.Logger, client_id: str, token: str, expires_in: int) -> None:
    logger.info(
        "bank API session opened for client_id=%s, token length %d, expires in %ds",
        client_id,
        len(token),
        expires_in,
    )

"""Audit trail for web-shop and course-portal sign-ins."""
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

audit = logging.getLogger("chairwright.audit")

SENSITIVE_FIELDS = frozenset({"password", "password_confirm", "csrf_token", "otp", "reset_token"})


def mask(value: str, keep: int = 4) -> str:
    if not value:
        return ""
    return "*" * max(len(value) - keep, 4) + value[-keep:] if len(value) > keep else "****"


def scrub_form(form: dict) -> dict:
    return {k: ("[redacted]" if k in SENSITIVE_FIELDS else v) for k, v in form.items()}


@dataclass
class LoginAttempt:
    username: str
    ip: str
    user_agent: str
    succeeded: bool
    session_id: str | None = None

    def as_log_fields(self) -> dict:
        return {
            "user": self.username,
            "ip": self.ip,
            "ua": self.user_agent[:120],
            "ok": self.succeeded,
            "session": mask(self.session_id or ""),
            "at": datetime.now(timezone.utc).isoformat(),
        }


def record_login(attempt: LoginAttempt) -> None:
    fields = attempt.as_log_fields()
    level = logging.INFO if attempt.succeeded else logging.WARNING
    audit.log(level, "login %(ok)s user=%(user)s ip=%(ip)s session=%(session)s", fields)


def record_bad_form(path: str, form: dict, reason: str) -> None:
    """Log a rejected sign-in or password-reset form for troubleshooting."""
    audit.warning("rejected form on %s (%s): %s", path, reason, scrub_form(form))


def record_password_change(username: str, ip: str, via_reset: bool) -> None:
    audit.info(
        "password changed user=%s ip=%s method=%s",
        username,
        ip,
        "reset-link" if via_reset else "settings",
    )

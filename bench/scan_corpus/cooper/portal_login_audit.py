"""Audit trail for customer portal sign-ins.

Account managers want to see when buyers at each distillery log in and
from where, and support needs enough detail to match a login to a session
when a buyer phones about a stuck cask order.
"""
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

audit_log = logging.getLogger("cooperage.portal.audit")


@dataclass
class LoginEvent:
    email: str
    customer_code: str
    ip_address: str
    user_agent: str
    session_token: str
    succeeded: bool
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    if len(local) <= 2:
        return f"{local[:1]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"


def _token_hint(token: str) -> str:
    return f"...{token[-4:]}" if len(token) > 12 else "..."


def record_login(event: LoginEvent) -> None:
    fields = {
        "user": _mask_email(event.email),
        "customer": event.customer_code,
        "ip": event.ip_address,
        "session": _token_hint(event.session_token),
        "ua": event.user_agent[:80],
    }
    if event.succeeded:
        audit_log.info("portal login ok %s", fields)
    else:
        fields.pop("session")
        audit_log.warning("portal login failed %s", fields)


def record_logout(email: str, customer_code: str, session_token: str) -> None:
    audit_log.info(
        "portal logout user=%s customer=%s session=%s",
        _mask_email(email),
        customer_code,
        _token_hint(session_token),
    )

"""Audit trail of security-relevant changes on cellar storage accounts.

Account changes are written both to the audit table and to the structured log
stream that the compliance team monitors.
"""

import logging
from datetime import datetime, timezone

from vintner.cellar.models import AuditEntry, CellarAccount

audit_log = logging.getLogger("vintner.audit.cellar")


def _record(account: CellarAccount, action: str, actor_id: int, detail: str = "") -> AuditEntry:
    entry = AuditEntry.objects.create(
        account=account,
        action=action,
        actor_id=actor_id,
        detail=detail,
        occurred_at=datetime.now(timezone.utc),
    )
    audit_log.info(
        "cellar account %s: %s by user %s %s", account.reference, action, actor_id, detail
    )
    return entry


def password_changed(account: CellarAccount, actor_id: int, via_reset: bool) -> AuditEntry:
    method = "reset link" if via_reset else "account settings"
    audit_log.info("password changed for cellar account %s via %s", account.reference, method)
    return _record(account, "password_changed", actor_id, detail=method)


def api_token_created(account: CellarAccount, actor_id: int, token_prefix: str) -> AuditEntry:
    return _record(account, "api_token_created", actor_id, detail=f"prefix={token_prefix}")


def authorised_collector_added(account: CellarAccount, actor_id: int, collector_name: str) -> AuditEntry:
    return _record(account, "collector_added", actor_id, detail=f"name={collector_name}")

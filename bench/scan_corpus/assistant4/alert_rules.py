"""Evaluate tenant-defined alert rules against the latest metric snapshot.

Rules are created in the dashboard ("Alerts -> New rule") and stored with a
condition such as ``error_rate > 0.05 and requests > 100``.
"""
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from alerts.models import AlertRule, AlertEvent
from alerts.notify import send_alert
from metrics.snapshot import latest_snapshot

log = logging.getLogger(__name__)

COOLDOWN = timedelta(minutes=15)


@dataclass
class Evaluation:
    rule_id: int
    fired: bool
    error: str | None = None


def _condition_holds(condition: str, metrics: dict) -> bool:
    return bool(eval(condition, {"__builtins__": {}}, metrics))


def _in_cooldown(rule: AlertRule, now: datetime) -> bool:
    return rule.last_fired_at is not None and now - rule.last_fired_at < COOLDOWN


def evaluate_tenant(tenant_id: int) -> list[Evaluation]:
    metrics = latest_snapshot(tenant_id)
    now = datetime.now(timezone.utc)
    results = []
    for rule in AlertRule.objects.filter(tenant_id=tenant_id, enabled=True):
        try:
            fired = _condition_holds(rule.condition, metrics)
        except Exception as exc:  # a broken rule must not stop the others
            log.warning("rule %s failed to evaluate: %s", rule.id, exc)
            results.append(Evaluation(rule.id, False, str(exc)))
            continue
        if fired and not _in_cooldown(rule, now):
            AlertEvent.objects.create(rule=rule, fired_at=now, snapshot=metrics)
            send_alert(rule, metrics)
            rule.last_fired_at = now
            rule.save(update_fields=["last_fired_at"])
        results.append(Evaluation(rule.id, fired))
    return results

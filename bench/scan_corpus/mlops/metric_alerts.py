"""Alert rules on experiment metrics.

Users attach a condition to a run from the tracking UI, e.g.
``val_loss > 1.5 or grad_norm > 100``; the evaluator checks every rule each
time new metrics are logged and notifies the run owner when one trips.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass

log = logging.getLogger(__name__)

_ALLOWED_FUNCS = {"abs": abs, "min": min, "max": max, "isnan": math.isnan}


@dataclass
class AlertRule:
    rule_id: int
    run_id: str
    condition: str
    owner_email: str


class RuleEvaluator:
    def __init__(self, notifier):
        self._notifier = notifier

    def _check(self, rule: AlertRule, metrics: dict[str, float]) -> bool:
        scope = dict(_ALLOWED_FUNCS)
        scope.update(metrics)
        return bool(eval(rule.condition, {"__builtins__": {}}, scope))

    def on_metrics_logged(self, rules: list[AlertRule], metrics: dict[str, float]) -> list[int]:
        tripped = []
        for rule in rules:
            try:
                fired = self._check(rule, metrics)
            except NameError:
                # metric not logged yet for this step
                continue
            except Exception:
                log.exception("rule %s failed to evaluate", rule.rule_id)
                continue
            if fired:
                tripped.append(rule.rule_id)
                self._notifier.send(
                    to=rule.owner_email,
                    subject=f"Alert on run {rule.run_id}",
                    body=f"Condition `{rule.condition}` is true: {metrics}",
                )
        return tripped

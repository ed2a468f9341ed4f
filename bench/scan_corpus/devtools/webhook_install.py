"""Per-repository webhook registration for the review bot.

When a repository installs the bot we create a webhook on the forge and keep
the shared secret that the forge uses to sign deliveries.
"""
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

WEBHOOK_EVENTS = ("pull_request", "pull_request_review", "issue_comment")


def _new_secret(bits: int = 160) -> str:
    return format(random.getrandbits(bits), "x").zfill(bits // 4)


@dataclass
class WebhookRegistration:
    repo: str
    hook_id: int | None = None
    secret: str = field(default_factory=_new_secret, repr=False)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class WebhookInstaller:
    def __init__(self, api_base: str, token: str, callback_url: str):
        self.api_base = api_base.rstrip("/")
        self.callback_url = callback_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.headers["Accept"] = "application/vnd.github+json"

    def install(self, repo: str) -> WebhookRegistration:
        reg = WebhookRegistration(repo=repo)
        resp = self.session.post(
            f"{self.api_base}/repos/{repo}/hooks",
            json={
                "name": "web",
                "active": True,
                "events": list(WEBHOOK_EVENTS),
                "config": {
                    "url": self.callback_url,
                    "content_type": "json",
                    "secret": reg.secret,
                },
            },
            timeout=15,
        )
        resp.raise_for_status()
        reg.hook_id = resp.json()["id"]
        log.info("installed webhook %s on %s", reg.hook_id, repo)
        return reg

    def uninstall(self, reg: WebhookRegistration) -> None:
        if reg.hook_id is None:
            return
        resp = self.session.delete(
            f"{self.api_base}/repos/{reg.repo}/hooks/{reg.hook_id}", timeout=15
        )
        if resp.status_code not in (204, 404):
            resp.raise_for_status()

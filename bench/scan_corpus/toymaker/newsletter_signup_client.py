"""Adds shop customers who opt in at checkout to the workshop newsletter audience."""

import os
from dataclasses import dataclass

import httpx

NEWSLETTER = {
    "base_url": os.environ.get("NEWSLETTER_API_URL", "https://us14.api.mailprovider.example/3.0"),
    "audience_id": os.environ.get("NEWSLETTER_AUDIENCE_ID", ""),
    "api_key": os.environ.get("NEWSLETTER_API_KEY", ""),
    "timeout": 10,
}


@dataclass
class Subscriber:
    email: str
    first_name: str
    interests: tuple[str, ...] = ()


class NewsletterClient:
    def __init__(self, config: dict = NEWSLETTER):
        if not config["api_key"]:
            raise RuntimeError("NEWSLETTER_API_KEY is not configured")
        self.config = config
        self.client = httpx.Client(
            base_url=config["base_url"],
            auth=("toymaker", config["api_key"]),
            timeout=config["timeout"],
        )

    def subscribe(self, subscriber: Subscriber) -> None:
        response = self.client.post(
            f"/lists/{self.config['audience_id']}/members",
            json={
                "email_address": subscriber.email.strip().lower(),
                "status": "pending",
                "merge_fields": {"FNAME": subscriber.first_name},
                "tags": list(subscriber.interests),
            },
        )
        if response.status_code == 400 and response.json().get("title") == "Member Exists":
            return
        response.raise_for_status()

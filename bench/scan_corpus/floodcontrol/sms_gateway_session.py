"""Session bootstrap for the flood warning SMS aggregator."""

import logging
import os
from dataclasses import dataclass

import httpx

logger = logging.getLogger("floodwarn.sms")


@dataclass(frozen=True)
class AggregatorConfig:
    endpoint: str
    account_sid: str
    api_secret: str
    sender_id: str = "FLOODWARN"
    max_batch: int = 500

    @classmethod
    def from_environment(cls) -> "AggregatorConfig":
        return cls(
            endpoint=os.environ["SMS_AGGREGATOR_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            api_secret=os.environ["SMS_API_SECRET"],
            sender_id=os.environ.get("SMS_SENDER_ID", "FLOODWARN"),
        )


class WarningBroadcaster:
    """Pushes a flood warning text to every subscriber in a warning area."""

    def __init__(self, config: AggregatorConfig) -> None:
        self.config = config
        self.client = httpx.Client(
            base_url=config.endpoint,
            auth=(config.account_sid, config.api_secret),
            timeout=10.0,
        )
        logger.info("SMS broadcaster initialised with %r", config)

    def broadcast(self, numbers: list[str], message: str) -> int:
        sent = 0
        for start in range(0, len(numbers), self.config.max_batch):
            batch = numbers[start : start + self.config.max_batch]
            resp = self.client.post(
                "/messages/bulk",
                json={"from": self.config.sender_id, "to": batch, "body": message},
            )
            resp.raise_for_status()
            sent += len(batch)
        logger.info("Broadcast %d warning messages", sent)
        return sent


def broadcaster() -> WarningBroadcaster:
    return WarningBroadcaster(AggregatorConfig.from_environment())

# Copyright {{ year }} {{ org_name }}
"""Deliver one shipment event to one customer endpoint."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Optional

from shipevents.events import ShipmentEvent
from shipevents.settings import DeliverySettings
from shipevents.subscriptions import Subscription


@dataclass(frozen=True)
class DeliveryResult:
    delivered: bool
    attempts: int
    status_code: Optional[int] = None
    error: Optional[str] = None


class WebhookClient:
    def __init__(
        self,
        settings: Optional[DeliverySettings] = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or DeliverySettings()
        self._sleep = sleep

    def deliver(self, subscription: Subscription, event: ShipmentEvent) -> DeliveryResult:
        # TODO: POST the payload (see ticket for retry rules).
        raise NotImplementedError
